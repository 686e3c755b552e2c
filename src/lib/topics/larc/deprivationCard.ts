/**
 * Everything the deprivation card shows: the summary (which first says the gap is the data
 * generator's), a bar chart of request rates by IMD quintile per reason, the table, the About
 * text's parts and the download. Rates and intervals of 1–7 requests are withheld, and with them
 * the slope index. DeprivationCard.svelte draws this model and nothing else.
 */
import type { LarcReason, Period } from '$lib/data/datasets';
import type { Download } from '$lib/csv/download';
import { assumedGapText } from '$lib/data/syntheticDeprivation';
import { formatSuppressedCount, ONE_DECIMAL } from '$lib/format/numbers';
import type { DeprivationRow } from '$lib/queries/larcDeprivation';
import type { RateAgesByReason } from '$lib/queries/larcRateAges';
import { SUPPRESSED } from '$lib/stats/disclosure';
import { inequalitiesHref } from '$lib/url/inequalitiesParams';
import type { BarModel } from './bars';
import {
	deprivationDownload,
	deprivationSummary,
	deprivationTitle,
	inequalityByReason,
	shownRate,
	type QuintileRate
} from './deprivation';
import { perThousandWomen, rateAgesSentence } from './rateLabels';

export interface DeprivationCardInput {
	rows: readonly DeprivationRow[];
	areaLabel: string;
	period: Period;
	/** The ages each reason's rate covers: the same as the query counted. */
	ages: RateAgesByReason;
}

export interface DeprivationCardModel {
	id: 'deprivation';
	title: string;
	kind: 'synthetic';
	summary: string;
	panels: { reason: LarcReason; heading: string; chartLabel: string; bars: BarModel[] }[];
	caption: string;
	rows: {
		key: string;
		reason: LarcReason;
		ages: string;
		quintile: string;
		requests: string;
		rate: string;
		interval: string;
	}[];
	ratesSentence: string;
	/** The generator's assumed gaps, e.g. "33% lower", for the About text. */
	assumedGap: Record<LarcReason, string>;
	/** The same requests on the inequalities page: by decile, rural-urban class, over time. */
	inequalitiesLinks: { reason: LarcReason; href: string; text: string }[];
	downloads: Download[];
}

const QUINTILE_LABEL = ['1 (most deprived)', '2', '3', '4', '5 (least deprived)'];
const one = ONE_DECIMAL.text;
const REASON_NAME: Record<LarcReason, string> = {
	gynaecological: 'Gynaecological',
	contraceptive: 'Contraceptive'
};

/** A quintile's rate and interval as shown: "*" where withheld. */
function shown(q: QuintileRate) {
	const [rate, lower, upper] = [q.rate, q.lower, q.upper].map((v) => shownRate(q, v));
	if (rate === null) return null;
	return {
		rate,
		rateText: one(rate),
		interval: lower === null || upper === null ? null : { lower: one(lower), upper: one(upper) }
	};
}

export function deprivationCardModel(input: DeprivationCardInput): DeprivationCardModel {
	const { rows, areaLabel, period, ages } = input;
	const byReason = inequalityByReason(rows, period);
	return {
		id: 'deprivation',
		title: 'LARC requests by deprivation (inequalities)',
		kind: 'synthetic',
		summary: deprivationSummary(byReason, ages, areaLabel, period),
		panels: byReason.map(({ reason, rates }) => ({
			reason,
			heading: `${REASON_NAME[reason]} requests ${perThousandWomen(ages[reason])} a year, by IMD 2025 quintile`,
			chartLabel: `Bar chart: ${reason} LARC requests ${perThousandWomen(ages[reason])} a year by deprivation quintile, ${areaLabel}`,
			// A withheld quintile has no bar; the table shows it as "*".
			bars: rates.flatMap((q) => {
				const s = shown(q);
				if (!s) return [];
				const interval = s.interval ? ` (${s.interval.lower}–${s.interval.upper})` : '';
				return [
					{
						key: String(q.quintile),
						label: QUINTILE_LABEL[q.quintile - 1],
						value: s.rate,
						valueText: `${s.rateText}${interval}`
					}
				];
			})
		})),
		caption: deprivationTitle(ages, areaLabel),
		rows: byReason.flatMap(({ reason, rates }) =>
			rates.map((q) => {
				const s = shown(q);
				return {
					key: `${reason}|${q.quintile}`,
					reason,
					ages: ages[reason].label,
					quintile: QUINTILE_LABEL[q.quintile - 1],
					requests: formatSuppressedCount(q.requests),
					rate: s ? s.rateText : SUPPRESSED,
					interval: !s
						? SUPPRESSED
						: s.interval
							? `${s.interval.lower} to ${s.interval.upper}`
							: '–'
				};
			})
		),
		ratesSentence: rateAgesSentence(ages),
		assumedGap: {
			gynaecological: assumedGapText('gynaecological'),
			contraceptive: assumedGapText('contraceptive')
		},
		inequalitiesLinks: byReason.map(({ reason }) => ({
			reason,
			href: inequalitiesHref({ measure: 'requests', reason }),
			text: `Inequalities in ${reason} LARC requests across the ICB`
		})),
		downloads: [deprivationDownload(byReason, ages, areaLabel, period)]
	};
}
