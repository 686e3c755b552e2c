import { describe, expect, it } from 'vitest';
import { parseCancerParam, withCancer } from './cancerParam';

describe('cancer URL parameter', () => {
	it('reads the choice, defaulting to suspected gynaecological cancer', () => {
		expect(parseCancerParam(new URLSearchParams(''))).toEqual({
			kind: 'known',
			cancer: 'gynaecological'
		});
		expect(parseCancerParam(new URLSearchParams('cancer=all'))).toEqual({
			kind: 'known',
			cancer: 'all'
		});
		expect(parseCancerParam(new URLSearchParams('cancer=Gynaecological'))).toEqual({
			kind: 'known',
			cancer: 'gynaecological'
		});
	});

	it('reports an unknown value and falls back to the default', () => {
		expect(parseCancerParam(new URLSearchParams('cancer=skin'))).toEqual({
			kind: 'unknown',
			value: 'skin',
			cancer: 'gynaecological'
		});
	});

	it('writes the choice and keeps other parameters', () => {
		expect(withCancer(new URLSearchParams('x=1'), 'all')).toBe('?x=1&cancer=all');
	});
});
