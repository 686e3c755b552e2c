/**
 * Everything the community share card shows: the summary against the 50 % national scenario, the
 * monthly line, the funnel plot by PCN, both tables and their downloads. Shares and intervals are
 * withheld ("*", a gap in the line, no funnel point) wherever a count they come from is 1–7, and
 * the funnel draws each PCN's fits as published. CommunityShareCard.svelte draws this model.
 */
import type { Period } from '$lib/data/datasets';
import type { Series } from '$lib/components/charts/types';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download,
	type DownloadMetadata
} from '$lib/csv/download';
import { fillMonths } from '$lib/csv/months';
import { SOURCE } from '$lib/csv/provenance';
import {
	formatMonth,
	formatPercent1dp,
	formatShortMonth,
	formatSuppressedCount,
	PERCENT_1DP
} from '$lib/format/numbers';
import type {
	CommunityShareByMonthRow,
	CommunityShareByPcnRow
} from '$lib/queries/larcCommunityShare';
import { drawableCount, SUPPRESSED } from '$lib/stats/disclosure';
import type { FunnelBand, FunnelSignificance } from '$lib/stats/funnels';
import {
	isWithheldShare,
	NATIONAL_SCENARIO_SHARE,
	pcnFunnel,
	shareCounts,
	shareWithInterval,
	type PcnShare,
	type ShareWithInterval
} from './communityShare';
import { monthEnds } from './period';

export interface CommunityShareCardInput {
	byMonth: readonly CommunityShareByMonthRow[];
	byPcn: readonly CommunityShareByPcnRow[];
	areaLabel: string;
	/** The period chosen: the PCN figures cover all of it. */
	period: Period;
	/** The months charted: those of the period in which the extract is complete. */
	monthlyPeriod: Period;
}

export interface FunnelPointModel {
	key: string;
	label: string;
	/** All gynaecological fits, as published (rounded to 5). */
	denominator: number;
	value: number;
	significance: FunnelSignificance;
}

export interface CommunityShareCardModel {
	id: 'community-share';
	title: string;
	kind: 'synthetic';
	summary: string;
	/** The chosen period in words, e.g. "August 2026 to October 2026". */
	periodText: string;
	/** One point for each month with fits; `note` says when some are gaps (withheld). */
	monthly: { label: string; series: Series[]; note: string | null };
	/** Null when no PCN had a gynaecological fit in the period. */
	funnel: {
		label: string;
		points: FunnelPointModel[];
		limits: (FunnelBand & { population: number })[];
		baseline: number;
		/** Says how many PCNs are left off (withheld); null when none are. */
		note: string | null;
	} | null;
	reference: { value: number; label: string };
	pcnCaption: string;
	pcnRows: {
		key: string;
		pcnName: string;
		locality: string;
		community: string;
		all: string;
		share: string;
		interval: string;
		significance: string;
	}[];
	monthCaption: string;
	monthRows: { key: string; month: string; community: string; all: string; share: string }[];
	downloads: Download[];
}

interface Month {
	month_end: string;
	community: number;
	all: number;
	interval: ShareWithInterval | null;
}

/** A share's figures as the tables show them: "*" where withheld, "–" with no fits. */
function shareTexts(s: ShareWithInterval | null) {
	if (!s) return { share: '–', interval: '–' };
	if (isWithheldShare(s)) return { share: SUPPRESSED, interval: SUPPRESSED };
	return {
		share: formatPercent1dp(s.share),
		interval: `${formatPercent1dp(s.lower)} to ${formatPercent1dp(s.upper)}`
	};
}

function summarise(total: ShareWithInterval | null, areaLabel: string, periodText: string) {
	if (!total) return `No gynaecological LARC fits in ${areaLabel}, ${periodText}.`;
	if (isWithheldShare(total))
		return (
			`In ${areaLabel}, ${periodText}, too few gynaecological LARC fits to show the community share ` +
			'(1 to 7 in primary care or a hub, or in all).'
		);
	const position =
		total.lower > NATIONAL_SCENARIO_SHARE
			? 'above'
			: total.upper < NATIONAL_SCENARIO_SHARE
				? 'below'
				: 'not significantly different from';
	return (
		`In ${areaLabel}, ${periodText}, ${formatPercent1dp(total.share)} of gynaecological LARC fits were in primary care or a hub ` +
		`(95% CI ${formatPercent1dp(total.lower)} to ${formatPercent1dp(total.upper)}), ${position} the 50% national scenario.`
	);
}

/** Share, interval and the counts they come from, under disclosure control. */
function shareColumns<T>(share: (row: T) => ShareWithInterval | null) {
	const from = (row: T) => {
		const s = share(row);
		return s ? shareCounts(s) : [];
	};
	return [
		numberColumn<T>('community_share_percent', (r) => share(r)?.share ?? null, PERCENT_1DP, {
			from
		}),
		numberColumn<T>('lower_95_percent', (r) => share(r)?.lower ?? null, PERCENT_1DP, { from }),
		numberColumn<T>('upper_95_percent', (r) => share(r)?.upper ?? null, PERCENT_1DP, { from })
	];
}

function funnelOf(
	funnel: NonNullable<ReturnType<typeof pcnFunnel>>,
	areaLabel: string
): NonNullable<CommunityShareCardModel['funnel']> {
	// A PCN whose share is withheld is left off; the others are drawn at their fits as published.
	const points = funnel.pcns.flatMap((p) => {
		const denominator = drawableCount(p.all);
		return isWithheldShare(p) || denominator === null
			? []
			: [
					{
						key: p.pcnCode,
						label: p.pcnName,
						denominator,
						value: p.share,
						significance: p.significance
					}
				];
	});
	const omitted = funnel.pcns.length - points.length;
	return {
		label: `Funnel plot: community share of gynaecological LARC by PCN against number of fits, ${areaLabel}`,
		points,
		limits: funnel.limits.points,
		baseline: funnel.limits.baseline,
		note:
			omitted === 0
				? null
				: omitted === 1
					? '1 PCN is not drawn: its community or total fits number 1 to 7, so its share is withheld.'
					: `${omitted} PCNs are not drawn: their community or total fits number 1 to 7, so their shares are withheld.`
	};
}

export function communityShareCardModel(input: CommunityShareCardInput): CommunityShareCardModel {
	const { byPcn, areaLabel, period, monthlyPeriod } = input;
	const periodText = `${formatMonth(period.from)} to ${formatMonth(period.to)}`;
	// Every month charted: a month with no fits is 0 fits, not a missing row.
	const months: Month[] = fillMonths(
		monthEnds(monthlyPeriod),
		input.byMonth,
		(r) => r.month_end,
		(month_end) => ({ month_end, community_fits: 0, all_fits: 0 })
	).map((r) => ({
		month_end: r.month_end,
		community: r.community_fits,
		all: r.all_fits,
		interval: shareWithInterval(r.community_fits, r.all_fits)
	}));
	// Months with fits are drawn; a withheld share is a gap.
	const points = months.flatMap((m) =>
		m.interval
			? [{ date: m.month_end, value: isWithheldShare(m.interval) ? null : m.interval.share }]
			: []
	);
	const funnel = pcnFunnel(byPcn);
	const total = shareWithInterval(
		byPcn.reduce((s, r) => s + r.community_fits, 0),
		byPcn.reduce((s, r) => s + r.all_fits, 0)
	);
	const metadata = (title: string, dates: Period): DownloadMetadata => ({
		title,
		area: areaLabel,
		period: dates,
		source: SOURCE.larc,
		kind: 'synthetic'
	});
	const pcnCaption = `Community share of gynaecological LARC fits by PCN with 95% confidence intervals, ${areaLabel}, ${periodText}`;
	const monthCaption = `Community share of gynaecological LARC fits by month, ${areaLabel}`;
	const significance = (p: PcnShare) => (isWithheldShare(p) ? SUPPRESSED : p.significance);
	return {
		id: 'community-share',
		title: 'Gynaecological LARC fitted in primary care or a hub (community share)',
		kind: 'synthetic',
		summary: summarise(total, areaLabel, periodText),
		periodText,
		monthly: {
			label: `Line chart: community share of gynaecological LARC fits by month, ${areaLabel}`,
			series: [
				{
					key: 'share',
					label: 'Community share',
					colour: '#005eb8',
					dash: 'none',
					points
				}
			],
			note: points.some((p) => p.value === null)
				? 'Gaps in the line are months whose community or total fits number 1 to 7: their shares are withheld.'
				: null
		},
		funnel: funnel && funnelOf(funnel, areaLabel),
		reference: { value: NATIONAL_SCENARIO_SHARE, label: 'National scenario 50%' },
		pcnCaption,
		pcnRows: (funnel?.pcns ?? []).map((p) => ({
			key: p.pcnCode,
			pcnName: p.pcnName,
			locality: p.locality,
			community: formatSuppressedCount(p.community),
			all: formatSuppressedCount(p.all),
			...shareTexts(p),
			significance: significance(p)
		})),
		monthCaption,
		monthRows: months.map((m) => {
			const { share, interval } = shareTexts(m.interval);
			return {
				key: m.month_end,
				month: formatShortMonth(m.month_end),
				community: formatSuppressedCount(m.community),
				all: formatSuppressedCount(m.all),
				share: m.interval && share !== SUPPRESSED ? `${share} (${interval})` : share
			};
		}),
		downloads: [
			buildDownload<PcnShare>({
				name: 'larc-community-share-by-pcn',
				metadata: metadata(pcnCaption, period),
				rows: funnel?.pcns ?? [],
				columns: [
					textColumn('pcn_code', (p) => p.pcnCode),
					textColumn('pcn_name', (p) => p.pcnName),
					textColumn('locality', (p) => p.locality),
					countColumn('community_fits', (p) => p.community),
					countColumn('all_gynaecological_fits', (p) => p.all),
					...shareColumns<PcnShare>((p) => p),
					textColumn('funnel_significance', significance)
				]
			}),
			buildDownload<Month>({
				name: 'larc-community-share-by-month',
				metadata: metadata(monthCaption, monthlyPeriod),
				rows: months,
				columns: [
					textColumn('month_end', (m) => m.month_end),
					countColumn('community_fits', (m) => m.community),
					countColumn('all_gynaecological_fits', (m) => m.all),
					...shareColumns<Month>((m) => m.interval)
				]
			})
		]
	};
}
