/**
 * CSV for downloads (RFC 4180). Text cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe (OWASP CSV injection guidance).
 */
export interface CsvColumn<T> {
	header: string;
	value: (row: T) => string | number | null;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const lines = [columns.map((c) => cell(c.header)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
