/**
 * CSV for downloads (RFC 4180). Text cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe (formulaSafe.ts).
 */
import { formulaSafe } from './formulaSafe';

export interface CsvColumn<T> {
	header: string;
	value: (row: T) => string | number | null;
}

function cell(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const safe = formulaSafe(value);
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const lines = [columns.map((c) => cell(c.header)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
