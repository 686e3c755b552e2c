/**
 * What an adversary would try on a published table: work a withheld count ("*") back out of the
 * figures printed beside it. Each attack returns the rows it could recover a count from; a
 * download passes when every attack comes back empty.
 *
 * The attacks follow what an independent review did to our earlier downloads:
 * - a share and its Wilson interval give both the numerator and the denominator;
 * - a rate per 1,000 times the population it is per gives the count;
 * - a weekly flow times the weeks it is averaged over gives the count.
 */
import { wilsonLower, wilsonUpper } from '../../src/lib/stats/confidenceIntervals';

export type CsvRow = Record<string, string>;

export interface Recovery {
	row: number;
	column: string;
	recovered: number;
	how: string;
}

const num = (text: string | undefined): number | null => {
	if (text === undefined || text.trim() === '' || text === '*') return null;
	const value = Number(text.replace(/,/g, ''));
	return Number.isFinite(value) ? value : null;
};

const isWithheld = (row: CsvRow) => Object.values(row).includes('*');

/** Whole numbers 1–7 that, with the printed precision, give back the value shown. */
function smallCountsMatching(value: (count: number) => number, shown: number, step: number) {
	const found: number[] = [];
	for (let count = 1; count <= 7; count++) {
		if (Math.abs(value(count) - shown) <= step / 2 + 1e-9) found.push(count);
	}
	return found;
}

/** Share (in percent) with its 95 % Wilson interval, all printed to one decimal. */
export function recoverFromShareAndInterval(
	rows: CsvRow[],
	columns: { share: string; lower: string; upper: string },
	maxDenominator = 2000
): Recovery[] {
	const found: Recovery[] = [];
	rows.forEach((row, index) => {
		if (!isWithheld(row)) return;
		const [share, lower, upper] = [row[columns.share], row[columns.lower], row[columns.upper]].map(
			num
		);
		if (share === null || lower === null || upper === null) return;
		const close = (a: number, b: number) => Math.abs(a * 100 - b) <= 0.05 + 1e-9;
		for (let n = 1; n <= maxDenominator; n++) {
			for (let x = 1; x <= Math.min(7, n); x++) {
				if (
					close(x / n, share) &&
					close(wilsonLower(x, n), lower) &&
					close(wilsonUpper(x, n), upper)
				) {
					found.push({ row: index, column: columns.share, recovered: x, how: `${x} of ${n}` });
					return;
				}
			}
		}
	});
	return found;
}

/** A rate per 1,000 (printed to `step`) times the population it is per. */
export function recoverFromRate(
	rows: CsvRow[],
	columns: { rate: string; population: string; perYears?: string },
	step = 0.1
): Recovery[] {
	const found: Recovery[] = [];
	rows.forEach((row, index) => {
		if (!isWithheld(row)) return;
		const rate = num(row[columns.rate]);
		const population = num(row[columns.population]);
		if (rate === null || population === null || population === 0) return;
		const years = columns.perYears ? (num(row[columns.perYears]) ?? 1) : 1;
		const counts = smallCountsMatching((c) => (c * 1000) / (population * years), rate, step);
		if (counts.length === 1)
			found.push({ row: index, column: columns.rate, recovered: counts[0], how: 'rate × women' });
	});
	return found;
}

/** A weekly average (printed to `step`) over a known number of weeks. */
export function recoverFromWeeklyFlow(
	rows: CsvRow[],
	columns: readonly string[],
	weeks: number,
	step = 0.1
): Recovery[] {
	const found: Recovery[] = [];
	rows.forEach((row, index) => {
		if (!isWithheld(row)) return;
		for (const column of columns) {
			const perWeek = num(row[column]);
			if (perWeek === null || perWeek === 0) continue;
			const counts = smallCountsMatching((c) => c / weeks, perWeek, step);
			if (counts.length === 1)
				found.push({ row: index, column, recovered: counts[0], how: `per week × ${weeks}` });
		}
	});
	return found;
}
