/**
 * The methodology page as plain data: each headline KPI from the registry, the statistical
 * methods with their references, and each dataset's vintage and kind (real, synthetic or
 * modelled) from the manifest the data build wrote.
 */
import { DATA_KIND_LABEL, type DataKind, type Manifest } from '$lib/data/datasets';
import type { PageContext } from '$lib/data/pageContext';
import { formatPeriod } from '$lib/format/numbers';
import { KPI_IDS, KPIS } from '$lib/kpis/registry';
import { kpiEntry, type KpiEntry } from './kpiEntries';
import { STATISTICAL_METHODS, type StatisticalMethod } from './methods';

export interface DatasetEntry {
	name: string;
	kind: DataKind;
	kindText: string;
	vintage: string;
	/** The dates the rows cover, where the dataset is dated. */
	period: string | null;
	rows: number;
	description: string;
}

export interface MethodologyModel {
	kpis: KpiEntry[];
	methods: readonly StatisticalMethod[];
	datasets: DatasetEntry[];
	/** When the data were built, e.g. "27 November 2026". */
	builtOn: string;
}

export function methodologyModel(manifest: Manifest): MethodologyModel {
	return {
		kpis: KPI_IDS.map((id) => kpiEntry(KPIS[id])),
		methods: STATISTICAL_METHODS,
		datasets: manifest.datasets.map((d) => ({
			name: d.name,
			kind: d.kind,
			kindText: DATA_KIND_LABEL[d.kind],
			vintage: d.vintage,
			period: d.period ? formatPeriod(d.period) : null,
			rows: d.rows,
			description: d.description
		})),
		builtOn: formatPeriod({
			from: manifest.generatedAt.slice(0, 10),
			to: manifest.generatedAt.slice(0, 10)
		})
	};
}

export async function loadMethodologyModel(ctx: PageContext): Promise<MethodologyModel> {
	return methodologyModel(ctx.manifest);
}
