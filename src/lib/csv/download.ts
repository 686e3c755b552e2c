/**
 * Every download on the dashboard is built here, from one typed description: what the file holds
 * (title), the area and period chosen, where the figures come from, whether they are real,
 * synthetic or modelled, the columns and the rows. The card's Download tab renders the result.
 *
 * Metadata convention: the area, period and kind of data are the first columns of every row, and
 * the source and disclosure rule the last two, as Fingertips and the UKHSA data dashboard write
 * their downloads. The file stays one rectangular table with one header row (what the Government
 * Analysis Function asks of a CSV), so Excel, R's read.csv, pandas and Power Query read it with no
 * rows to skip, and a row copied or filtered out of it still says what it is. A block of notes
 * above the header would break all of those.
 *
 * The file is UTF-8 with a byte order mark: without it Excel reads UTF-8 as Windows-1252 and shows
 * "1â€“7" for "1–7".
 */
import { DATA_KIND_LABEL, type DataKind, type Period } from '$lib/data/datasets';
import { formatPeriod, type NumberFormat } from '$lib/format/numbers';
import { NOT_PUBLISHED } from '$lib/format/notPublished';
import {
	discloseDerived,
	isSuppressedCount,
	SUPPRESSED,
	suppressCount
} from '$lib/stats/disclosure';
import {
	AS_PUBLISHED,
	SUB_NATIONAL,
	SYNTHETIC_BESIDE_PUBLISHED,
	type DisclosureRule
} from './disclosureRules';
import { downloadFileName } from './fileName';
import { toCsv } from './toCsv';

export type Cell = string | number | null;

/**
 * A column says what kind of figure it holds, so that disclosure control and rounding are
 * applied here, in one place, and never left to each card:
 * - `count`: a sub-national count (real or synthetic), written under disclosure control;
 * - `published`: a count as NHS England published it, untouched ("Not published" when missing);
 * - `number`: a derived figure (rate, share, weeks), rounded as the table shows it;
 * - `text`: a label, date or category.
 */
export type DownloadColumn<T> =
	| { kind: 'text'; header: string; value: (row: T) => string | null }
	| { kind: 'count'; header: string; value: (row: T) => number | null }
	| { kind: 'published'; header: string; value: (row: T) => number | null; missing?: string }
	| {
			kind: 'number';
			header: string;
			value: (row: T) => number | null;
			format: NumberFormat;
			missing?: string;
			/** The counts the figure is derived from: withheld ("*") when any of them is 1–7. */
			from?: (row: T) => readonly number[];
	  };

export function textColumn<T>(header: string, value: (row: T) => string | null): DownloadColumn<T> {
	return { kind: 'text', header, value };
}

export function countColumn<T>(
	header: string,
	value: (row: T) => number | null
): DownloadColumn<T> {
	return { kind: 'count', header, value };
}

export function publishedColumn<T>(
	header: string,
	value: (row: T) => number | null,
	missing = NOT_PUBLISHED
): DownloadColumn<T> {
	return { kind: 'published', header, value, missing };
}

export function numberColumn<T>(
	header: string,
	value: (row: T) => number | null,
	format: NumberFormat,
	options: { missing?: string; from?: (row: T) => readonly number[] } = {}
): DownloadColumn<T> {
	return { kind: 'number', header, value, format, ...options };
}

export interface DownloadMetadata {
	/** What the file holds, as the card's table caption says it. */
	title: string;
	/** The area chosen on screen (a PCN's name when a PCN is chosen, never its locality's). */
	area: string;
	/** The dates the figures cover; null (or empty) when there are no months to show. */
	period: Period | null;
	source: string;
	kind: DataKind;
}

export interface DownloadSpec<T> {
	/** The start of the file name, e.g. "larc-waiting-list". */
	name: string;
	metadata: DownloadMetadata;
	columns: readonly DownloadColumn<T>[];
	rows: readonly T[];
	/** Only for a file with no counts of people: which rule applies (else it follows from the columns). */
	disclosure?: DisclosureRule;
}

/** A download ready to render: every cell already rounded and under disclosure control. */
export interface Download {
	fileName: string;
	metadata: DownloadMetadata & { periodText: string; disclosure: DisclosureRule };
	header: string[];
	rows: Cell[][];
}

/** Headers of the metadata columns; the first three lead each row, the last two end it. */
export const METADATA_HEADERS = {
	area: 'selected_area',
	period: 'period',
	kind: 'data_kind',
	source: 'source',
	disclosure: 'disclosure_control'
} as const;

/** The rule follows from the columns: published counts are left alone, others are controlled. */
export function disclosureRule<T>(columns: readonly DownloadColumn<T>[]): DisclosureRule {
	const controlled = columns.some((c) => c.kind === 'count');
	const published = columns.some((c) => c.kind === 'published');
	if (controlled && published) return SYNTHETIC_BESIDE_PUBLISHED;
	return controlled ? SUB_NATIONAL : AS_PUBLISHED;
}

/**
 * The disclosure pass: every cell of every download goes through here. Counts 1–7 become "*" and
 * others are rounded to 5 (stats/disclosure.ts). Suppression of derived figures whose count is
 * suppressed belongs here too, so that no card can forget it.
 */
function discloseCell<T>(column: DownloadColumn<T>, row: T): Cell {
	switch (column.kind) {
		case 'text':
			return column.value(row);
		case 'count': {
			const count = column.value(row);
			return count === null ? null : suppressCount(count);
		}
		case 'published': {
			const count = column.value(row);
			return count === null ? (column.missing ?? NOT_PUBLISHED) : count;
		}
		case 'number': {
			// Secondary suppression: a figure whose count is withheld would give the count away.
			const value = discloseDerived(column.value(row), column.from?.(row) ?? []);
			if (value === null && column.from?.(row).some(isSuppressedCount)) return SUPPRESSED;
			return value === null || !Number.isFinite(value)
				? (column.missing ?? null)
				: column.format.csv(value);
		}
	}
}

export function buildDownload<T>(spec: DownloadSpec<T>): Download {
	// An empty period (from after to: a selection with no complete month) has no months to name.
	const period =
		spec.metadata.period && spec.metadata.period.from <= spec.metadata.period.to
			? spec.metadata.period
			: null;
	const metadata = { ...spec.metadata, period };
	const periodText = period ? formatPeriod(period) : 'No months with data';
	const disclosure = spec.disclosure ?? disclosureRule(spec.columns);
	const kindText = DATA_KIND_LABEL[metadata.kind].toLowerCase();
	return {
		fileName: downloadFileName(spec.name, metadata.area, period),
		metadata: { ...metadata, periodText, disclosure },
		header: [
			METADATA_HEADERS.area,
			METADATA_HEADERS.period,
			METADATA_HEADERS.kind,
			...spec.columns.map((c) => c.header),
			METADATA_HEADERS.source,
			METADATA_HEADERS.disclosure
		],
		rows: spec.rows.map((row) => [
			metadata.area,
			periodText,
			kindText,
			...spec.columns.map((c) => discloseCell(c, row)),
			metadata.source,
			disclosure.column
		])
	};
}

/** Excel needs the byte order mark to read the file as UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

export function downloadCsv(download: Download): string {
	const columns = download.header.map((header, i) => ({ header, value: (row: Cell[]) => row[i] }));
	return BYTE_ORDER_MARK + toCsv(download.rows, columns);
}
