/**
 * The schema every KPI registry entry must meet: each declares its numerator (and denominator for
 * a proportion), unit, polarity, a target with its source or a note saying why there is none, its
 * method, disclosure rule, breakdowns, source query and model, and the dataset it comes from.
 */
import { z } from 'zod';
import { DATA_KINDS, DATASET_NAMES } from '$lib/data/datasets';
import { KPI_IDS } from './kpiIds';
import { KPI_BREAKDOWNS, KPI_DISCLOSURE, KPI_METHODS } from './registry';
import { STRATEGY_THEME_IDS } from './themes';

const text = z.string().trim().min(1);
const functionName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a function name');

export const kpiDefinitionSchema = z
	.object({
		id: z.enum(KPI_IDS),
		title: text,
		definition: text,
		theme: z.enum(STRATEGY_THEME_IDS),
		numerator: text,
		denominator: text.nullable(),
		unit: z.enum(['count', 'proportion', 'ratio']),
		polarity: z.enum(['lower_is_better', 'higher_is_better', 'no_better_direction']),
		target: z.object({ value: z.number(), label: text, source: text }).nullable(),
		targetNote: text.nullable(),
		method: z.enum(Object.keys(KPI_METHODS) as [keyof typeof KPI_METHODS]),
		disclosure: z.enum(KPI_DISCLOSURE),
		breakdowns: z.array(z.enum(KPI_BREAKDOWNS)),
		source: z.object({ query: functionName, model: functionName }),
		dataset: z.enum(DATASET_NAMES),
		kind: z.enum(DATA_KINDS),
		detail: z
			.object({
				page: z.enum(['/larc', '/cancer', '/rtt', '/access', '/inequalities', '/services']),
				card: text
			})
			.loose()
	})
	.superRefine((kpi, ctx) => {
		const problem = (path: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message });
		if ((kpi.unit === 'count') === (kpi.denominator !== null))
			problem('denominator', 'a proportion or ratio has a denominator; a count has none');
		if ((kpi.target === null) === (kpi.targetNote === null))
			problem('targetNote', 'give a target with its source, or a note saying why there is none');
		if (kpi.target && kpi.unit === 'proportion' && !(kpi.target.value > 0 && kpi.target.value <= 1))
			problem('target', 'a proportion’s target is between 0 and 1');
		if (kpi.method === 'xmr_spc' && kpi.unit === 'proportion' && kpi.target === null)
			problem('target', 'an SPC proportion reads assurance against a target');
		if (kpi.disclosure === 'as_published' && kpi.kind !== 'real')
			problem('disclosure', 'only real published figures are given as published');
	});
