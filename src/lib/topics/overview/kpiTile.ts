/**
 * One headline tile on the overview: everything it shows, worked out from the KPI's result and
 * its entry in the registry ($lib/kpis), dated against the board month.
 */
import type { DataKind } from '$lib/data/datasets';
import type { KpiResult } from '$lib/kpis/kpiResults';
import { KPIS, type KpiDetail, type KpiId } from '$lib/kpis/registry';
import { kpiDetailLink } from '$lib/kpis/kpiDetailLink';
import { stalenessFlag } from '$lib/kpis/boardMonth';
import type { AssuranceType, VariationIcon } from '$lib/stats/spc';

export interface KpiTileModel {
	id: KpiId;
	title: string;
	kind: DataKind;
	/** e.g. "October 2026"; empty when there is no figure. */
	period: string;
	/** e.g. "Latest published: July 2024 — 27 months old"; null when the data are the board month's. */
	stale: string | null;
	/** The headline figure as shown, e.g. "615" or "58.8%". */
	valueText: string;
	/** The Making Data Count icons, when the figure has an SPC reading. */
	spcIcons: { variationIcon: VariationIcon; assurance: AssuranceType | null } | null;
	/** The reading in one sentence: SPC, a confidence interval or the standard. */
	reading: string;
	definition: string;
	/** The target or reference and its source, or null where there is none. */
	reference: string | null;
	polarity: string;
	/** "See the detail": the page (the view resolves its path), its query string and the card. */
	detail: { page: KpiDetail['page']; search: string; hash: string };
	/** What the link's accessible name adds, so each tile's link is told apart: " for …, …". */
	detailContext: string;
}

export function kpiTileModel(kpi: KpiResult, boardMonth: string): KpiTileModel {
	const definition = KPIS[kpi.id];
	return {
		id: kpi.id,
		title: definition.title,
		kind: definition.kind,
		period: kpi.period,
		stale: kpi.basis ? stalenessFlag(kpi.basis.to, boardMonth, definition.kind) : null,
		valueText: kpi.valueText,
		spcIcons: kpi.spc
			? { variationIcon: kpi.spc.variationIcon, assurance: kpi.spc.assurance }
			: null,
		reading: kpi.reading,
		definition: definition.definition,
		reference: definition.target
			? `Reference: ${definition.target.label} — ${definition.target.source}.`
			: null,
		polarity: definition.polarity === 'lower_is_better' ? 'Lower is better.' : 'Higher is better.',
		detail: kpiDetailLink(kpi),
		detailContext: ` for ${definition.title}, ${kpi.period}`
	};
}
