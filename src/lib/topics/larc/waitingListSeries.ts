/**
 * Shapes waiting-list rows for the chart (one panel per reason) and the table (one row per month
 * and area). Lines, rows and downloads are named by each row's area (a PCN's name when a PCN is
 * chosen), never by the locality behind it; colours stay with the locality. Charts draw counts as
 * published (rounded to 5, a gap for 1–7), and a rate is withheld wherever the count of women it
 * divides is 1–7 (rate × women would give the count back).
 */
import { LARC_REASONS, type LarcReason, type Locality, type Period } from '$lib/data/datasets';
import type { WaitingListRow } from '$lib/queries/larcWaitingList';
import type { FemalePopulationRow } from '$lib/queries/femalePopulation';
import type { RateAgesByReason } from '$lib/queries/larcRateAges';
import { perThousandWomen, rateColumn } from './rateLabels';
import { SERIES_STYLES, type Series } from '$lib/components/charts/types';
import { LOCALITIES } from '$lib/data/datasets';
import { TWO_DECIMALS } from '$lib/format/numbers';
import { discloseDerived, drawableCount } from '$lib/stats/disclosure';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { SOURCE } from '$lib/csv/provenance';

export interface WaitingListPanel {
	reason: LarcReason;
	series: Series[];
}

/**
 * Women of the ages each reason's rate covers, by locality, for rates per 1,000, with those ages
 * for the labels; absent when showing counts.
 */
export interface Denominators {
	ages: RateAgesByReason;
	women: Readonly<Record<LarcReason, ReadonlyMap<string, number>>>;
}

/** `rows` must have been counted for `ages` (both come from the same age band). */
export function denominatorsFrom(
	rows: readonly FemalePopulationRow[],
	ages: RateAgesByReason
): Denominators {
	const forReason = (reason: LarcReason) =>
		new Map(rows.filter((r) => r.reason === reason).map((r) => [r.locality, r.women]));
	return {
		ages,
		women: {
			gynaecological: forReason('gynaecological'),
			contraceptive: forReason('contraceptive')
		}
	};
}

export function ratePer1000(count: number, women: number | undefined): number | null {
	return women && women > 0 ? (count / women) * 1000 : null;
}

/** Women waiting per 1,000 women, counting only those of the ages the denominator holds. */
export function waitingRate(row: WaitingListRow, denominators: Denominators): number | null {
	return ratePer1000(row.waiting_in_rate_ages, denominators.women[row.reason].get(row.locality));
}

/** What a chart draws: a count as published, or a rate (null where withheld or unknown). */
export function waitingListPanels(
	rows: readonly WaitingListRow[],
	denominators?: Denominators
): WaitingListPanel[] {
	const value = (r: WaitingListRow) =>
		denominators
			? discloseDerived(waitingRate(r, denominators), [r.waiting_in_rate_ages])
			: drawableCount(r.waiting);
	return LARC_REASONS.map((reason) => ({
		reason,
		series: LOCALITIES.flatMap((locality, i) => {
			const mine = rows.filter((r) => r.reason === reason && r.locality === locality);
			const points = mine.map((r) => ({ date: r.month_end, value: value(r) }));
			return mine.length === 0
				? []
				: [{ key: locality, label: mine[0].area, ...SERIES_STYLES[i], points }];
		})
	}));
}

export interface WaitingListTableRow {
	month_end: string;
	locality: Locality;
	area: string;
	gynaecological: number;
	contraceptive: number;
	/** The numerators of the rates: women waiting of the ages each rate covers. */
	gynaecologicalInRateAges: number;
	contraceptiveInRateAges: number;
	/** Per 1,000 women of the rate's ages, unrounded and before disclosure; null without denominators. */
	gynaecologicalRate: number | null;
	contraceptiveRate: number | null;
}

export function waitingListTable(
	rows: readonly WaitingListRow[],
	denominators?: Denominators
): WaitingListTableRow[] {
	const byKey = new Map<string, WaitingListTableRow>();
	for (const r of rows) {
		const key = `${r.month_end}|${r.area}`;
		let row = byKey.get(key);
		if (!row) {
			row = {
				month_end: r.month_end,
				locality: r.locality,
				area: r.area,
				gynaecological: 0,
				contraceptive: 0,
				gynaecologicalInRateAges: 0,
				contraceptiveInRateAges: 0,
				gynaecologicalRate: null,
				contraceptiveRate: null
			};
			byKey.set(key, row);
		}
		row[r.reason] = r.waiting;
		row[`${r.reason}InRateAges`] = r.waiting_in_rate_ages;
		row[`${r.reason}Rate`] = denominators ? waitingRate(r, denominators) : null;
	}
	return [...byKey.values()];
}

/** The chart's value axis: counts, or the rate with the ages its reason's rate covers. */
export function waitingListAxisLabel(reason: LarcReason, denominators?: Denominators): string {
	return denominators ? `Waiting ${perThousandWomen(denominators.ages[reason])}` : 'Women waiting';
}

export interface WaitingListRateColumn {
	reason: LarcReason;
	/** Table heading, e.g. 'Gynaecological per 1,000 women aged 15–64'. */
	heading: string;
	/** Download column, e.g. 'gynaecological_per_1000_women_aged_15_64'. */
	csvHeader: string;
	value: (row: WaitingListTableRow) => number | null;
	/** The count the rate divides: the rate is withheld where it is 1–7. */
	from: (row: WaitingListTableRow) => readonly number[];
}

/** The rate columns of the table and download, one per reason; none when showing counts. */
export function waitingListRateColumns(denominators?: Denominators): WaitingListRateColumn[] {
	if (!denominators) return [];
	return LARC_REASONS.map((reason) => {
		const ages = denominators.ages[reason];
		const name = reason === 'gynaecological' ? 'Gynaecological' : 'Contraceptive';
		return {
			reason,
			heading: `${name} ${perThousandWomen(ages)}`,
			csvHeader: rateColumn(reason, ages),
			value: (row) => row[`${reason}Rate`],
			from: (row) => [row[`${reason}InRateAges`]]
		};
	});
}

/**
 * The table as a download. Each row is named by its area (the PCN's name when a PCN is chosen);
 * no column names the locality behind a PCN.
 */
export function waitingListDownload(
	rows: readonly WaitingListRow[],
	areaLabel: string,
	period: Period,
	denominators?: Denominators
): Download {
	return buildDownload<WaitingListTableRow>({
		name: 'larc-waiting-list',
		metadata: {
			title: `Women waiting for a LARC fit at month end, ${areaLabel}`,
			area: areaLabel,
			period,
			source: denominators ? SOURCE.larcRates : SOURCE.larc,
			kind: 'synthetic'
		},
		rows: waitingListTable(rows, denominators),
		columns: [
			textColumn('month_end', (r) => r.month_end),
			textColumn('area', (r) => r.area),
			countColumn('waiting_gynaecological', (r) => r.gynaecological),
			countColumn('waiting_contraceptive', (r) => r.contraceptive),
			...waitingListRateColumns(denominators).map((c) =>
				numberColumn(c.csvHeader, c.value, TWO_DECIMALS, { from: c.from })
			)
		]
	});
}
