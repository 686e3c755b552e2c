import { describe, expect, it } from 'vitest';
import { bindNamedParams } from './namedParams';

describe('bindNamedParams', () => {
	it('binds each use of a name in order, passing the value once by name', () => {
		const bound = bindNamedParams(
			'SELECT * FROM t WHERE ($locality IS NULL OR locality = $locality) AND d <= $to',
			{ locality: 'Thurrock', to: '2026-10-31' }
		);
		expect(bound.sql).toBe('SELECT * FROM t WHERE (? IS NULL OR locality = ?) AND d <= ?');
		expect(bound.values).toEqual(['Thurrock', 'Thurrock', '2026-10-31']);
	});

	it('throws when the SQL names a parameter that is not given', () => {
		expect(() => bindNamedParams('SELECT $from, $to', { from: '2024-01-01' })).toThrow(
			/not given: \$to/
		);
	});

	it('throws when a parameter is given but never used', () => {
		expect(() => bindNamedParams('SELECT $from', { from: '2024-01-01', pcn: 'U1' })).toThrow(
			/not used: pcn/
		);
	});

	it('leaves dollar signs inside quoted literals and identifiers alone', () => {
		const bound = bindNamedParams(`SELECT '$not' AS "$col", 'it''s $x' WHERE a = $a`, { a: 1 });
		expect(bound.sql).toBe(`SELECT '$not' AS "$col", 'it''s $x' WHERE a = ?`);
		expect(bound.values).toEqual([1]);
	});

	it('keeps null values (an unset filter) as real bindings', () => {
		expect(bindNamedParams('SELECT $pcn', { pcn: null }).values).toEqual([null]);
	});
});
