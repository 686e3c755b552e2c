import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
	const columns = [
		{ header: 'Area', value: (r: { area: string; n: number | null }) => r.area },
		{ header: 'Count', value: (r: { area: string; n: number | null }) => r.n }
	];

	it('quotes commas and quotes, and leaves missing values empty', () => {
		const csv = toCsv(
			[
				{ area: 'Basildon, "B"', n: 12 },
				{ area: 'Thurrock', n: null }
			],
			columns
		);
		expect(csv).toBe('Area,Count\r\n"Basildon, ""B""",12\r\nThurrock,\r\n');
	});

	it('defuses cells a spreadsheet would run as formulas', () => {
		const csv = toCsv([{ area: '=HYPERLINK("x")', n: 1 }], columns);
		expect(csv).toBe('Area,Count\r\n"\'=HYPERLINK(""x"")",1\r\n');
	});
});
