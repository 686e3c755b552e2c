/** Fingertips benchmark colours (see fingertips_benchmarking.json for sources). */

/** Classic Fingertips (fingertips-open shared.ts Colour; fingertipscharts theme.R). */
export const FINGERTIPS_CLASSIC_COLOURS = {
	Better: '#92D050',
	Similar: '#FFC000',
	Worse: '#C00000',
	Best: '#00B092',
	Worst: '#821733',
	Lower: '#5555E6',
	/** fingertips-open; fingertipscharts and LongerLives use #BED2FF. */
	Higher: '#C2CCFF',
	Lowest: '#252563',
	Highest: '#C1F4F0',
	NotCompared: '#C9C9C9',
	/** fingertips-open; fingertipscharts uses #A6A6A6. */
	None: '#FFFFFF'
} as const;

/** Classic RAG quintiles 1..5 and blue (no judgement) quintiles 1..5. */
export const FINGERTIPS_CLASSIC_QUINTILES = {
	rag: ['#DED3EC', '#BEA7DA', '#9E7CC8', '#7E50B6', '#5E25A4'],
	noJudgement: ['#254BA4', '#506EB6', '#7C93C8', '#A7B6DA', '#D3DBEC']
} as const;

/** Spine chart bars (fingertipscharts spine_chart_utils.R). */
export const SPINE_CHART_COLOURS = {
	worstPadding: '#FFFFFF',
	minToQ25: '#C9C9C9',
	q25ToQ75: '#8B8B8B',
	q75ToMax: '#C9C9C9'
} as const;

/** FingertipsNext (BenchmarkLabelConfig.ts, colours.ts) by comparison method. */
export const FINGERTIPS_NEXT_COLOURS = {
	'95': {
		Better: '#00703C',
		Similar: '#FFDD00',
		Worse: '#D4351C',
		Lower: '#5694CA',
		Higher: '#003078'
	},
	'99.8': {
		Better: '#85994B',
		Similar: '#FFDD00',
		Worse: '#831504',
		Lower: '#AFCFE5',
		Higher: '#1D70B8'
	}
} as const;

/** FingertipsNext quintile colours. Not compared: transparent with a 1px #0B0C0C border. */
export const FINGERTIPS_NEXT_QUINTILES = {
	noJudgement: {
		Lowest: '#E4DDFF',
		Low: '#CBBEF4',
		Middle: '#AA90EC',
		High: '#8B60E2',
		Highest: '#6B33C3'
	},
	withJudgement: {
		Worst: '#D494C1',
		Worse: '#BC6AAA',
		Middle: '#A44596',
		Better: '#812972',
		Best: '#561950'
	},
	notComparedBorder: '#0B0C0C'
} as const;
