/**
 * The KPI registry written out for the methodology page. Every field an entry has is shown, so a
 * field added to the registry appears here without a change: known fields in words (polarity,
 * kind of data, target and its source, the card that shows it), any other field by its name and
 * value. Codes the registry defines in words (themes, methods) are shown in those words.
 */
import { DATA_KIND_LABEL, type DataKind } from '$lib/data/datasets';
import { KPI_METHODS, type KpiDefinition, type KpiMethod } from '$lib/kpis/registry';
import { STRATEGY_THEMES, type StrategyThemeId } from '$lib/kpis/themes';
import { AS_PUBLISHED, NO_PATIENT_COUNTS, SUB_NATIONAL } from '$lib/csv/disclosureRules';

export interface KpiField {
	label: string;
	value: string;
}

export interface KpiEntry {
	id: string;
	title: string;
	fields: KpiField[];
	/** The page and card that show the KPI's detail, for a link. */
	detail: { page: KpiDefinition['detail']['page']; hash: string } | null;
}

/** "dataVintage" or "ci_method" → "Data vintage", "Ci method". */
export function fieldLabel(key: string): string {
	const words = key
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/_/g, ' ')
		.toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Any value in words: lists joined, objects as "name: value" pairs, nothing as "None". */
export function valueText(value: unknown): string {
	if (value === null || value === undefined) return 'None';
	if (typeof value === 'string') return value.replace(/_/g, ' ');
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return value.length ? value.map(valueText).join('; ') : 'None';
	return Object.entries(value as Record<string, unknown>)
		.map(([k, v]) => `${fieldLabel(k)}: ${valueText(v)}`)
		.join('; ');
}

const DISCLOSURE_WORDS: Record<KpiDefinition['disclosure'], string> = {
	sub_national: SUB_NATIONAL.column,
	as_published: AS_PUBLISHED.column,
	no_patient_counts: NO_PATIENT_COUNTS.column
};

/** Breakdowns in words; one not listed here is shown by its name. */
const BREAKDOWN_WORDS: Partial<Record<string, string>> = {
	locality: 'Locality (alliance)',
	pcn: 'Primary care network',
	age_band: 'Age band',
	reason: 'LARC reason (gynaecological or contraceptive)',
	imd_quintile: 'Deprivation (IMD quintile)',
	care_setting: 'Care setting',
	weeks_waited: 'Weeks waited',
	pathway: 'Pathway'
};

const KNOWN: Record<string, (value: never) => string> = {
	disclosure: (d: KpiDefinition['disclosure']) => DISCLOSURE_WORDS[d] ?? valueText(d),
	breakdowns: (b: string[]) =>
		b.length ? b.map((x) => BREAKDOWN_WORDS[x] ?? valueText(x)).join('; ') : 'None',
	theme: (id: StrategyThemeId) => STRATEGY_THEMES.find((t) => t.id === id)?.title ?? id,
	method: (m: KpiMethod) => KPI_METHODS[m] ?? m,
	polarity: (p: KpiDefinition['polarity']) =>
		({
			lower_is_better: 'Lower is better',
			higher_is_better: 'Higher is better',
			no_better_direction: 'Neither higher nor lower is better in itself: 1 means no difference'
		})[p],
	kind: (k: DataKind) => DATA_KIND_LABEL[k],
	target: (t: KpiDefinition['target']) =>
		t ? `${t.label} — ${t.source}` : 'None: no national or local target applies',
	detail: (d: KpiDefinition['detail']) => `${d.page}#${d.card}`
};

/** Fields the entry's heading already says. */
const IN_HEADING = new Set(['id', 'title']);

export function kpiEntry(definition: KpiDefinition): KpiEntry {
	const fields = Object.entries(definition)
		.filter(([key]) => !IN_HEADING.has(key))
		.map(([key, value]) => ({
			label: key === 'detail' ? 'Shown on' : fieldLabel(key),
			value: key in KNOWN ? KNOWN[key](value as never) : valueText(value)
		}));
	return {
		id: definition.id,
		title: definition.title,
		fields,
		detail: { page: definition.detail.page, hash: `#${definition.detail.card}` }
	};
}
