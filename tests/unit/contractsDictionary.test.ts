/**
 * The data dictionary (data/README.md) and the upload contracts describe the same columns: for
 * each uploadable dataset, the first table under its heading lists the contract's columns, in
 * order, with the contract's types.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACTS } from '$lib/contracts';

const README = readFileSync('data/README.md', 'utf8');

/** Column names and types of the first table after the dataset's heading. */
function dictionaryColumns(dataset: string): [string, string][] {
	const lines = README.split(new RegExp(`^### \`${dataset}\`.*$`, 'm'))[1].split('\n');
	const start = lines.findIndex((line) => line.startsWith('|'));
	const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
	return lines.slice(start + 2, end).flatMap((line) => {
		const [names, type] = line
			.split('|')
			.slice(1, 3)
			.map((cell) => cell.trim());
		return names.split(',').map((name): [string, string] => [name.trim(), type]);
	});
}

describe('the data dictionary', () => {
	it.each(CONTRACTS.map((c) => [c.dataset, c] as const))(
		'lists the columns of %s',
		(dataset, contract) => {
			expect(dictionaryColumns(dataset)).toEqual(contract.columns.map((c) => [c.name, c.type]));
		}
	);
});
