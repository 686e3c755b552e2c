/**
 * Which card shows each headline KPI in the board pack, worked out from the KPI registry's
 * "detail" entry (the card the overview tile links to): KPIs that open the same card share one
 * section, so the pack shows each card once with every KPI it answers for.
 */
import { KPI_IDS, KPIS, type KpiDefinition, type KpiId } from '$lib/kpis/registry';

/** A card in the pack, named as the registry names it: page, card id and, for LARC, the reason. */
export function detailKey(detail: KpiDefinition['detail']): string {
	const reason = 'reason' in detail && detail.reason ? `:${detail.reason}` : '';
	return `${detail.page}#${detail.card}${reason}`;
}

export interface PackSectionPlan {
	key: string;
	kpis: { id: KpiId; title: string }[];
}

/** One section per card, in the registry's order of the first KPI each card shows. */
export function packSections(ids: readonly KpiId[] = KPI_IDS): PackSectionPlan[] {
	const sections = new Map<string, PackSectionPlan>();
	for (const id of ids) {
		const key = detailKey(KPIS[id].detail);
		const section = sections.get(key) ?? { key, kpis: [] };
		section.kpis.push({ id, title: KPIS[id].title });
		sections.set(key, section);
	}
	return [...sections.values()];
}
