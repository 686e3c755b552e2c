import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KPI_IDS, KPIS } from './registry';
import { kpiDefinitionSchema } from './registrySchema';

const QUERY_FILES = 'src/lib/queries';

describe('the KPI registry', () => {
	it.each(KPI_IDS)('%s meets the schema under its own id', (id) => {
		const parsed = kpiDefinitionSchema.safeParse(KPIS[id]);
		expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(
			[]
		);
		expect(KPIS[id].id).toBe(id);
	});

	it('names a query and a model function that exist', () => {
		const kpiResults = ['kpiResults', 'programmeKpis']
			.map((f) => readFileSync(`src/lib/kpis/${f}.ts`, 'utf8'))
			.join('\n');
		const queries = [
			'larcWaitingList',
			'larcCommunityShare',
			'pessaryActivity',
			'cancerStandards',
			'rttCompleted',
			'travelCoverage',
			'larcInequalities',
			'serviceOffers'
		]
			.map((f) => readFileSync(`${QUERY_FILES}/${f}.ts`, 'utf8'))
			.join('\n');
		for (const kpi of Object.values(KPIS)) {
			expect(queries, kpi.id).toMatch(
				new RegExp(`export (async )?function ${kpi.source.query}\\b`)
			);
			expect(kpiResults, kpi.id).toMatch(new RegExp(`export function ${kpi.source.model}\\b`));
		}
	});

	it('says synthetic or real as the manifest says of its dataset', () => {
		const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as {
			datasets: { name: string; kind: string }[];
		};
		for (const kpi of Object.values(KPIS)) {
			expect(manifest.datasets.find((d) => d.name === kpi.dataset)?.kind, kpi.id).toBe(kpi.kind);
		}
	});
});

describe('kpiDefinitionSchema', () => {
	const good = KPIS.gynae_larc_within_target;
	const issues = (entry: object) => {
		const parsed = kpiDefinitionSchema.safeParse(entry);
		return parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0]));
	};
	it('refuses a proportion without a denominator, and a count with one', () => {
		expect(issues({ ...good, denominator: null })).toEqual(['denominator']);
		expect(issues({ ...KPIS.gynae_larc_waiting, denominator: 'Women' })).toEqual(['denominator']);
	});
	it('refuses an entry with neither a target nor a note why there is none', () => {
		expect(issues({ ...KPIS.gynae_larc_waiting, targetNote: null })).toEqual(['targetNote']);
		expect(issues({ ...good, target: { ...good.target!, value: 92 } })).toEqual(['target']);
	});
	it('refuses synthetic figures given as published, and unknown breakdowns or datasets', () => {
		expect(issues({ ...good, disclosure: 'as_published' })).toEqual(['disclosure']);
		expect(issues({ ...good, breakdowns: ['ward'], dataset: 'larc' })).toEqual([
			'breakdowns',
			'dataset'
		]);
	});
});
