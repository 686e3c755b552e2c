import { describe, expect, it } from 'vitest';
import { ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';
import {
	BYTE_ORDER_MARK,
	buildDownload,
	countColumn,
	downloadCsv,
	numberColumn,
	publishedColumn,
	textColumn,
	type DownloadSpec
} from './download';
import { AS_PUBLISHED, SUB_NATIONAL, SYNTHETIC_BESIDE_PUBLISHED } from './disclosureRules';

interface Row {
	month: string;
	waiting: number;
	share: number | null;
}

const ROWS: Row[] = [
	{ month: '2025-01-31', waiting: 3, share: 0.12345 },
	{ month: '2025-02-28', waiting: 12, share: null },
	{ month: '2025-03-31', waiting: 0, share: 0.5 }
];

const spec = (columns: DownloadSpec<Row>['columns']): DownloadSpec<Row> => ({
	name: 'larc-waiting-list',
	metadata: {
		title: 'Women waiting',
		area: 'Thurrock',
		period: { from: '2025-01-01', to: '2025-03-31' },
		source: 'Synthetic LARC requests',
		kind: 'synthetic'
	},
	rows: ROWS,
	columns
});

const WAITING = [
	textColumn<Row>('month_end', (r) => r.month),
	countColumn<Row>('waiting', (r) => r.waiting),
	numberColumn<Row>('percent_within_target', (r) => r.share, PERCENT_1DP)
];

describe('downloads', () => {
	it('starts with a byte order mark so Excel reads the file as UTF-8', () => {
		const csv = downloadCsv(buildDownload(spec(WAITING)));
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.startsWith(`${BYTE_ORDER_MARK}selected_area,period,data_kind,month_end,`)).toBe(
			true
		);
		// The en dash of "1–7" survives: it is written as itself, after the mark.
		expect(csv).toContain('Counts 1–7 shown as *');
	});

	it('names the area, period and kind of data first on every row, and the source and rule last', () => {
		const download = buildDownload(spec(WAITING));
		expect(download.header).toEqual([
			'selected_area',
			'period',
			'data_kind',
			'month_end',
			'waiting',
			'percent_within_target',
			'source',
			'disclosure_control'
		]);
		for (const row of download.rows) {
			expect(row.slice(0, 3)).toEqual([
				'Thurrock',
				'January 2025 to March 2025',
				'synthetic demonstration data'
			]);
			expect(row.slice(-2)).toEqual(['Synthetic LARC requests', SUB_NATIONAL.column]);
		}
		expect(download.fileName).toBe('larc-waiting-list_thurrock_2025-01-to-2025-03.csv');
	});

	it('applies disclosure control to counts and rounds other figures as the table shows them', () => {
		const download = buildDownload(spec(WAITING));
		// 3 → *, 12 → 10 (nearest 5), 0 stays 0; 12.345% → 12.3, missing share blank, 50% → 50.
		expect(download.rows.map((r) => r.slice(3, 6))).toEqual([
			['2025-01-31', '*', 12.3],
			['2025-02-28', '10', null],
			['2025-03-31', '0', 50]
		]);
		const lines = downloadCsv(download).split('\r\n');
		expect(lines[1]).toBe(
			`Thurrock,January 2025 to March 2025,synthetic demonstration data,2025-01-31,*,12.3,` +
				`Synthetic LARC requests,"${SUB_NATIONAL.column}"`
		);
	});

	it('withholds a derived figure wherever a count it comes from is withheld', () => {
		const derived = numberColumn<Row>('percent_within_target', (r) => r.share, PERCENT_1DP, {
			from: (r) => [r.waiting]
		});
		const download = buildDownload(spec([WAITING[0], WAITING[1], derived]));
		// January's 3 waiting is withheld, so its 12.3% (which with the list size gives the count
		// back) is withheld too; February and March are shown as before.
		expect(download.rows.map((r) => r.slice(3, 6))).toEqual([
			['2025-01-31', '*', '*'],
			['2025-02-28', '10', null],
			['2025-03-31', '0', 50]
		]);
	});

	it('gives published counts as published and says "Not published" where they were not', () => {
		const download = buildDownload({
			...spec([
				textColumn<Row>('month', (r) => r.month),
				publishedColumn<Row>('patients', (r) => (r.waiting === 0 ? null : r.waiting)),
				numberColumn<Row>('weeks', (r) => r.share, ONE_DECIMAL, { missing: 'Not published' })
			]),
			metadata: { ...spec([]).metadata, area: 'Mid and South Essex ICB (QH8)', kind: 'real' }
		});
		expect(download.rows.map((r) => r.slice(3, 6))).toEqual([
			['2025-01-31', 3, 0.1],
			['2025-02-28', 12, 'Not published'],
			['2025-03-31', 'Not published', 0.5]
		]);
		expect(download.rows[0][2]).toBe('published data');
		expect(download.metadata.disclosure).toBe(AS_PUBLISHED);
	});

	it('says which disclosure rule the file follows from the kinds of count in it', () => {
		const mixed = buildDownload(
			spec([
				countColumn<Row>('referrals_synthetic', (r) => r.waiting),
				publishedColumn<Row>('published_total_real', () => 100)
			])
		);
		expect(mixed.metadata.disclosure).toBe(SYNTHETIC_BESIDE_PUBLISHED);
		expect(buildDownload(spec(WAITING)).metadata.disclosure).toBe(SUB_NATIONAL);
	});

	it('describes a period of days, not months, with its days', () => {
		const download = buildDownload({
			...spec(WAITING),
			name: 'larc-queue-maths',
			metadata: { ...spec([]).metadata, period: { from: '2026-08-02', to: '2026-10-31' } }
		});
		expect(download.rows[0][1]).toBe('2 August 2026 to 31 October 2026');
		expect(download.fileName).toBe('larc-queue-maths_thurrock_2026-08-to-2026-10.csv');
	});

	it('says there are no months when the period is empty', () => {
		// completeMonths gives from after to when the selection holds no complete month.
		const download = buildDownload({
			...spec(WAITING),
			rows: [],
			metadata: { ...spec([]).metadata, period: { from: '2023-12-01', to: '2023-11-30' } }
		});
		expect(download.metadata.periodText).toBe('No months with data');
		expect(download.metadata.period).toBeNull();
		expect(download.fileName).toBe('larc-waiting-list_thurrock_no-months.csv');
	});
});
