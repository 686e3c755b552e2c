/**
 * One headline tile on the overview: everything it shows, worked out from the KPI's result and
 * its entry in the registry ($lib/kpis), for the area chosen, dated against the board month. The
 * summary table shows the same model in a row.
 */
import type { DataKind, Locality } from '$lib/data/datasets';
import type { KpiResult } from '$lib/kpis/kpiResults';
import type { KpiTrendPoint } from '$lib/kpis/kpiTrend';
import { KPIS, type KpiDetail, type KpiId } from '$lib/kpis/registry';
import { kpiDetailLink } from '$lib/kpis/kpiDetailLink';
import { stalenessFlag } from '$lib/kpis/boardMonth';
import { formatCount, formatMonth, formatPercent1dp, formatRatio } from '$lib/format/numbers';
import type { AssuranceType, VariationIcon } from '$lib/stats/spc';

export interface KpiTileModel {
	id: KpiId;
	title: string;
	kind: DataKind;
	/** e.g. "October 2026"; empty when there is no figure. */
	period: string;
	/** e.g. "Latest published: July 2024 — 27 months old"; null when the data are the board month's. */
	stale: string | null;
	/** When a locality is chosen but the measure is not published by locality: what it shows instead. */
	areaNote: string | null;
	/** The headline figure as shown, e.g. "615" or "58.8%". */
	valueText: string;
	/** The Making Data Count icons, when the figure has an SPC reading. */
	spcIcons: { variationIcon: VariationIcon; assurance: AssuranceType | null } | null;
	/** The reading in one sentence: SPC, a confidence interval or the standard. */
	reading: string;
	/** The series the sparkline draws, as published; empty with nothing to draw. */
	trend: KpiTrendPoint[];
	/** The sparkline in words, e.g. "Monthly, November 2023 to October 2026: lowest 512, highest 680." */
	trendText: string | null;
	/** e.g. "Up 15 from September 2026 (610)"; null with nothing to compare. */
	change: string | null;
	definition: string;
	/** The target or reference with its source, or why there is none. */
	reference: string;
	/** e.g. "Data: larc_requests, November 2023 to October 2026 (36 months)": the manifest's vintage. */
	vintage: string | null;
	/** The target in brief for the summary table, e.g. "92%"; "None" where there is none. */
	targetText: string;
	polarity: string;
	/** "See the detail": the page (the view resolves its path), its query string and the card. */
	detail: { page: KpiDetail['page']; search: string; hash: string };
	/** What the link's accessible name adds, so each tile's link is told apart: " for …, …". */
	detailContext: string;
}

/** What a measure published only above locality level shows instead of the locality chosen. */
const WHOLE_AREA: Partial<Record<KpiId, string>> = {
	fds_gynaecology: 'the whole ICB',
	rtt_gynaecology_within_18_weeks: 'Mid and South Essex NHS Foundation Trust',
	contraceptive_larc_deprivation_ratio: 'the whole ICB (the fifths of its areas)'
};

const POLARITY_TEXT = {
	lower_is_better: 'Lower is better.',
	higher_is_better: 'Higher is better.',
	no_better_direction: 'Neither higher nor lower is better in itself: 1 means no difference.'
} as const;

const UNIT_FORMAT = { count: formatCount, proportion: formatPercent1dp, ratio: formatRatio };

function trendText(trend: readonly KpiTrendPoint[], unit: keyof typeof UNIT_FORMAT): string | null {
	const shown = trend.filter((p) => p.value !== null).map((p) => p.value!);
	if (trend.length < 2 || shown.length === 0) return null;
	const format = UNIT_FORMAT[unit];
	const gaps = shown.length < trend.length ? ' Gaps are months withheld or not published.' : '';
	return (
		`Trend, ${formatMonth(trend[0].date)} to ${formatMonth(trend[trend.length - 1].date)}: ` +
		`lowest ${format(Math.min(...shown))}, highest ${format(Math.max(...shown))}.${gaps}`
	);
}

export interface KpiTileContext {
	/** The locality chosen, or null for the whole ICB. */
	locality?: Locality | null;
	/** The vintage of the KPI's dataset, as the manifest records it. */
	vintage?: string;
}

export function kpiTileModel(
	kpi: KpiResult,
	boardMonth: string,
	{ locality = null, vintage }: KpiTileContext = {}
): KpiTileModel {
	const definition = KPIS[kpi.id];
	const byLocality = definition.breakdowns.includes('locality');
	const target = definition.target;
	return {
		id: kpi.id,
		title: definition.title,
		kind: definition.kind,
		period: kpi.period,
		stale: kpi.basis ? stalenessFlag(kpi.basis.to, boardMonth, definition.kind) : null,
		areaNote:
			locality && !byLocality
				? `Shown for ${WHOLE_AREA[kpi.id] ?? 'the whole ICB'}: not published by locality.`
				: null,
		valueText: kpi.valueText,
		spcIcons: kpi.spc
			? { variationIcon: kpi.spc.variationIcon, assurance: kpi.spc.assurance }
			: null,
		reading: kpi.reading,
		trend: kpi.trend,
		trendText: trendText(kpi.trend, definition.unit),
		change: kpi.change,
		definition: definition.definition,
		reference: target
			? `Reference: ${target.label} — ${target.source}.`
			: `No target: ${definition.targetNote}`,
		targetText: target ? target.label : 'None',
		vintage: vintage ? `Data: ${definition.dataset}, ${vintage}.` : null,
		polarity: POLARITY_TEXT[definition.polarity],
		detail: kpiDetailLink(kpi, byLocality ? locality : null),
		detailContext: ` for ${definition.title}, ${kpi.period}`
	};
}
