/**
 * No withheld count can be worked back out of any download: every CSV the pages offer (read from
 * the server-rendered HTML, as a user without JavaScript gets them) for small areas, where counts
 * of 1–7 occur, is attacked the way an independent review attacked our earlier files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type RunningServer } from './support/server';
import {
	recoverFromRate,
	recoverFromShareAndInterval,
	recoverFromWeeklyFlow,
	type CsvRow,
	type Recovery
} from '../support/recoverSuppressed';

/** Small selections: one PCN, one PCN and age band, and the cancer page's PCN referrals. */
const PAGES = [
	'/larc?pcn=U28765',
	'/larc?pcn=U28765&age=15-24',
	'/larc?locality=thurrock&age=55-64',
	'/cancer'
];

/** The queue maths average each flow over this many weeks (queries/larcFlows.ts). */
const FLOW_WEEKS = 13;

let server: RunningServer;
beforeAll(async () => {
	server = await startDashboard();
});
afterAll(async () => server?.stop());

function decodeHtml(text: string): string {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}

/** Parses one CSV line (RFC 4180 quoting). */
function cells(line: string): string[] {
	const out: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted && c === '"' && line[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (c === ',' && !quoted) {
			out.push(cell);
			cell = '';
		} else cell += c;
	}
	out.push(cell);
	return out;
}

async function downloadsOf(path: string): Promise<{ name: string; rows: CsvRow[] }[]> {
	const html = await (await fetch(`${server.origin}${path}`)).text();
	const links = [
		...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]+)"[^>]*download="([^"]+)"/g)
	];
	return links.map(([, data, name]) => {
		const text = decodeURIComponent(decodeHtml(data)).replace(/^\uFEFF/, '');
		const [header, ...lines] = text.trim().split(/\r?\n/).map(cells);
		const rows = lines.map((line) => Object.fromEntries(header.map((h, i) => [h, line[i] ?? ''])));
		return { name: decodeHtml(name), rows };
	});
}

/** Months in a "November 2023 to October 2026" period column, as years. */
function periodYears(row: CsvRow): number {
	const match = /^(\w+) (\d{4}) to (\w+) (\d{4})$/.exec(row.period ?? '');
	if (!match) return 1;
	const month = (name: string) => new Date(`1 ${name} 2000`).getMonth();
	const months = (Number(match[4]) - Number(match[2])) * 12 + month(match[3]) - month(match[1]) + 1;
	return months / 12;
}

function attack(rows: CsvRow[]): Recovery[] {
	const headers = Object.keys(rows[0] ?? {});
	const find = (pattern: RegExp) => headers.filter((h) => pattern.test(h));
	const found: Recovery[] = [];
	for (const share of find(/(share|percent).*|^percent_/)) {
		const lower = find(/lower/)[0];
		const upper = find(/upper/)[0];
		if (lower && upper && !/lower|upper/.test(share))
			found.push(...recoverFromShareAndInterval(rows, { share, lower, upper }));
	}
	for (const rate of find(/^rate_per_1000_/)) {
		for (const population of find(/^women/)) {
			const yearly = rows.map((r) => ({ ...r, years: String(periodYears(r)) }));
			found.push(...recoverFromRate(yearly, { rate, population, perYears: 'years' }));
			found.push(...recoverFromRate(rows, { rate, population }));
		}
	}
	// Weekly averages of counts (not the queue maths' capacities, which combine several).
	const flows = find(/^(demand|fits|removals|fits_and_removals)_per_week$/);
	found.push(...recoverFromWeeklyFlow(rows, flows, FLOW_WEEKS));
	return found;
}

describe('disclosure control in downloads', () => {
	it('lets no withheld count be recovered from any figure beside it', async () => {
		let withheld = 0;
		for (const path of PAGES) {
			const downloads = await downloadsOf(path);
			expect(downloads.length, path).toBeGreaterThan(0);
			for (const { name, rows } of downloads) {
				withheld += rows.filter((r) => Object.values(r).includes('*')).length;
				expect(attack(rows), `${path} ${name}`).toEqual([]);
			}
		}
		// The selections are small enough that counts are withheld: the attacks had targets.
		expect(withheld).toBeGreaterThan(0);
	});
});
