import { describe, expect, it } from 'vitest';
import { localitySlug, parseLocalityParam, withLocality } from './localityParam';

describe('locality URL parameter', () => {
	it('reads a slug back to the locality name', () => {
		const parsed = parseLocalityParam(new URLSearchParams('locality=south-east-essex'));
		expect(parsed).toEqual({ kind: 'one', locality: 'South East Essex' });
	});

	it('treats a missing or "all" value as every locality', () => {
		expect(parseLocalityParam(new URLSearchParams(''))).toEqual({ kind: 'all' });
		expect(parseLocalityParam(new URLSearchParams('locality=all'))).toEqual({ kind: 'all' });
	});

	it('reports an unknown value instead of guessing', () => {
		const parsed = parseLocalityParam(new URLSearchParams('locality=Narnia'));
		expect(parsed).toEqual({ kind: 'unknown', value: 'Narnia' });
	});

	it('round-trips every locality and keeps other parameters', () => {
		expect(localitySlug('Basildon and Brentwood')).toBe('basildon-and-brentwood');
		const query = withLocality(new URLSearchParams('tab=table'), 'Thurrock');
		expect(query).toBe('?tab=table&locality=thurrock');
		expect(withLocality(new URLSearchParams('locality=thurrock'), undefined)).toBe('?');
	});
});
