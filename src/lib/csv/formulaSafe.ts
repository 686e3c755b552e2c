/**
 * Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is
 * prefixed with an apostrophe, so it stays text when the file is opened, or pasted, anywhere (OWASP
 * CSV injection guidance). Every CSV and XLSX cell of text goes through here; numbers are numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function formulaSafe(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}
