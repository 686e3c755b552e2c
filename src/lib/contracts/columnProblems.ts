/** Checks a file's header against its contract: missing, duplicated and unexpected columns. */
import type { UploadProblem } from './problems';
import type { DataContract } from './types';

export function columnProblems(contract: DataContract, header: readonly string[]): UploadProblem[] {
	const expected = new Set(contract.columns.map((c) => c.name));
	const seen = new Map<string, number>();
	header.forEach((name) => seen.set(name, (seen.get(name) ?? 0) + 1));
	const problems: UploadProblem[] = [];
	for (const column of contract.columns) {
		if (!seen.has(column.name)) {
			problems.push({
				column: column.name,
				check: 'missing-column',
				message: `The file has no ${column.name} column`,
				count: 1,
				examples: []
			});
		}
	}
	for (const [name, times] of seen) {
		if (times > 1) {
			problems.push({
				column: name,
				check: 'duplicated-column',
				message: `The column ${name} appears ${times} times`,
				count: times,
				examples: []
			});
		} else if (!expected.has(name)) {
			problems.push({
				column: name,
				check: 'extra-column',
				message: `The file has a column ${contract.dataset} does not have: ${name}`,
				count: 1,
				examples: []
			});
		}
	}
	return problems;
}
