/**
 * The scenario planner card: the practices that could be spokes for the service, each switched on
 * or off, with the scenario's coverage, gap and worst-served LSOAs against the baseline, and the
 * greedy "suggest the next spoke" run with its coverage curve.
 */
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { ICB_AREA } from '$lib/csv/provenance';
import { SITE_SERVICES, type SiteServiceCode } from '$lib/data/siteServices';
import { ONE_DECIMAL, PERCENT_1DP } from '$lib/format/numbers';
import type { BarModel } from './bars';
import { describeGap } from './coverageCard';
import type { CoverageFigures, Reach } from './coverage';
import { formatMinutes, formatPoints, formatShare, formatWomen, wholeWomen } from './format';
import { ACCESS_SOURCE, TRAVEL_PERIOD } from './provenance';
import type { Weighting } from './state';
import type { SuggestStep } from './suggestSpokes';
import type { AccessData } from './types';

export interface ScenarioSide {
	figures: CoverageFigures;
	reach: Reach;
	spokes: readonly string[];
}

export interface PlannerCardInput {
	data: AccessData;
	service: SiteServiceCode;
	baseline: ScenarioSide;
	scenario: ScenarioSide;
	/** Switchable sites (indices), in the order listed. */
	switchable: readonly number[];
	steps: readonly SuggestStep[];
	/** Women in the service's ages, for the curve's shares (weights may differ). */
	totalWomen: number;
	weighting: Weighting;
}

export interface ComparisonRow {
	key: string;
	measure: string;
	baseline: string;
	scenario: string;
	change: string;
}

export interface PracticeToggle {
	id: string;
	name: string;
	locality: string;
	checked: boolean;
	inBaseline: boolean;
}

export interface SuggestionRow {
	step: number;
	id: string;
	name: string;
	locality: string;
	added: number;
	addedText: string;
	share: number;
	shareText: string;
}

export interface PlannerCardModel {
	id: 'planner';
	title: string;
	kind: 'modelled';
	summary: string;
	comparison: ComparisonRow[];
	/** The headline share under the scenario, for tests and the status message. */
	scenarioShareText: string;
	changes: { added: string[]; removed: string[] };
	toggles: { locality: string; practices: PracticeToggle[] }[];
	suggestions: SuggestionRow[];
	curve: BarModel[];
	curveLabel: string;
	weightingNote: string;
	downloads: Download[];
}

/** A change in women, signed, under the same rounding as the counts. */
function signedWomen(change: number): string {
	const whole = wholeWomen(change);
	if (whole === 0) return 'no change';
	return `${whole > 0 ? '+' : '−'}${formatWomen(Math.abs(whole))}`;
}

function worstMinutes(reach: Reach): number {
	return reach.minutes.reduce((max, m) => Math.max(max, m), 0);
}

export function plannerCardModel(input: PlannerCardInput): PlannerCardModel {
	const { data, service, baseline, scenario, steps } = input;
	const { phrase, ages } = SITE_SERVICES[service];
	const threshold = scenario.figures.threshold;
	const share = (s: ScenarioSide) => s.figures.all.share ?? 0;
	const outside = (s: ScenarioSide) => s.figures.all.women - s.figures.all.within;
	const baseSet = new Set(baseline.spokes);
	const sceneSet = new Set(scenario.spokes);
	const nameOf = (id: string) => data.sites.find((s) => s.id === id)?.name ?? id;
	const comparison: ComparisonRow[] = [
		{
			key: 'share',
			measure: `Women aged ${ages} within ${threshold} minutes`,
			baseline: formatShare(baseline.figures.all.share),
			scenario: formatShare(scenario.figures.all.share),
			change: formatPoints((share(scenario) - share(baseline)) * 100)
		},
		{
			key: 'outside',
			measure: `Women aged ${ages} further than ${threshold} minutes`,
			baseline: formatWomen(outside(baseline)),
			scenario: formatWomen(outside(scenario)),
			change: signedWomen(outside(scenario) - outside(baseline))
		},
		{
			key: 'gap',
			measure: 'Gap, least minus most deprived fifth',
			baseline:
				baseline.figures.gapPoints === null
					? '–'
					: `${ONE_DECIMAL.text(baseline.figures.gapPoints)} points`,
			scenario:
				scenario.figures.gapPoints === null
					? '–'
					: `${ONE_DECIMAL.text(scenario.figures.gapPoints)} points`,
			change:
				baseline.figures.gapPoints === null || scenario.figures.gapPoints === null
					? '–'
					: formatPoints(scenario.figures.gapPoints - baseline.figures.gapPoints)
		},
		{
			key: 'worst',
			measure: 'Longest modelled journey',
			baseline: formatMinutes(worstMinutes(baseline.reach)),
			scenario: formatMinutes(worstMinutes(scenario.reach)),
			change: `${ONE_DECIMAL.text(worstMinutes(scenario.reach) - worstMinutes(baseline.reach))} min`
		}
	];
	const added = scenario.spokes.filter((id) => !baseSet.has(id)).map(nameOf);
	const removed = baseline.spokes.filter((id) => !sceneSet.has(id)).map(nameOf);
	const localities = [
		...new Set(input.switchable.map((i) => data.sites[i].locality ?? 'Other'))
	].sort();
	const toggles = localities.map((locality) => ({
		locality,
		practices: input.switchable
			.map((i) => data.sites[i])
			.filter((s) => (s.locality ?? 'Other') === locality)
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((s) => ({
				id: s.id,
				name: s.name,
				locality,
				checked: sceneSet.has(s.id),
				inBaseline: baseSet.has(s.id)
			}))
	}));
	let within = scenario.figures.all.within;
	const total = input.totalWomen;
	const suggestions: SuggestionRow[] = steps.map((step, i) => {
		const site = data.sites[step.site];
		// The curve is in women whatever the weighting chose the sites by.
		within += step.addedWomen;
		return {
			step: i + 1,
			id: site.id,
			name: site.name,
			locality: site.locality ?? '',
			added: step.addedWomen,
			addedText: formatWomen(step.addedWomen),
			share: within / total,
			shareText: formatShare(within / total)
		};
	});
	const curve: BarModel[] = [
		{
			key: 'scenario',
			label: 'This scenario',
			value: share(scenario) * 100,
			valueText: formatShare(share(scenario))
		},
		...suggestions.map((s) => ({
			key: s.id,
			label: `+ ${s.step}: ${s.name}`,
			value: s.share * 100,
			valueText: s.shareText
		}))
	];
	const title = `Scenario planner: spokes for ${phrase}`;
	const metadata = {
		area: ICB_AREA,
		period: TRAVEL_PERIOD,
		source: ACCESS_SOURCE,
		kind: 'modelled' as const
	};
	return {
		id: 'planner',
		title,
		kind: 'modelled',
		summary:
			added.length + removed.length === 0
				? `Modelled: with the illustrative spokes, ${formatShare(scenario.figures.all.share)} of women aged ${ages} are within ${threshold} minutes; ${suggestions.length > 0 ? `adding ${suggestions[0].name} first would bring in the most (${suggestions[0].addedText} women).` : 'no practice would bring more women within reach.'}`
				: `Modelled: this scenario (${added.length} spokes added, ${removed.length} removed) puts ${formatShare(scenario.figures.all.share)} of women aged ${ages} within ${threshold} minutes, ${formatPoints((share(scenario) - share(baseline)) * 100)} on the baseline; the share is ${describeGap(scenario.figures.gapPoints)}.`,
		comparison,
		scenarioShareText: formatShare(scenario.figures.all.share),
		changes: { added, removed },
		toggles,
		suggestions,
		curve,
		curveLabel: `Bar chart: share of women aged ${ages} within ${threshold} minutes as each suggested spoke is added`,
		weightingNote:
			input.weighting === 'deprivation'
				? 'Suggestions weight each woman by deprivation: twice as much in the most deprived IMD quintile as in the least, in equal steps between.'
				: 'Suggestions count every woman the same.',
		downloads: [
			buildDownload<SuggestionRow>({
				name: `suggested-spokes-${service.replaceAll('_', '-')}`,
				metadata: {
					...metadata,
					title: `Suggested spokes for ${phrase}, in order, with coverage within ${threshold} minutes`
				},
				rows: suggestions,
				columns: [
					textColumn('step', (r) => String(r.step)),
					textColumn('site_code', (r) => r.id),
					textColumn('site_name', (r) => r.name),
					textColumn('locality', (r) => r.locality),
					countColumn('women_brought_within_threshold', (r) => wholeWomen(r.added)),
					numberColumn('percent_within_after_step', (r) => r.share, PERCENT_1DP)
				]
			})
		]
	};
}
