/** What is wrong with an upload, in the NHS.UK error summary's terms. */

/** Rows are numbered as in a spreadsheet: the header is row 1, the first record row 2. */
export interface ProblemExample {
	row: number | null;
	value: string | null;
}

export interface UploadProblem {
	/** The column the problem is in; null for the file as a whole. */
	column: string | null;
	/** A stable name of the check, for tests and for the audit. */
	check: string;
	message: string;
	/** How many rows (or columns) have it. */
	count: number;
	/** The first few, in file order. */
	examples: ProblemExample[];
}

export const EXAMPLES_SHOWN = 5;

export function fileProblem(check: string, message: string): UploadProblem {
	return { column: null, check, message, count: 1, examples: [] };
}
