/**
 * What each headline KPI is, in one place: its definition, numerator and denominator, unit, which
 * way is better, its target and where that comes from (or why there is none), the statistical
 * method behind its reading, the disclosure rule its figures follow, the breakdowns the dashboard
 * offers, the query and page model it is computed by, the dataset whose vintage it carries, the
 * strategy theme it belongs to, and the page with the detail. registrySchema.ts checks every entry.
 */
import type { DataKind, DatasetName, LarcReason } from '$lib/data/datasets';
import type { CancerChoice } from '$lib/queries/cancerChoice';
import type { LarcPageState } from '$lib/topics/larc/state';
import { formatTargetPercent } from '$lib/format/numbers';
import { PESSARY_CHANGE_GRACE_WEEKS } from '$lib/queries/pessaryActivity';
import { WITHIN_TARGET_AIM, WITHIN_TARGET_AIM_SOURCE } from './larcSpcSeries';
import { PROGRAMME_KPIS } from './programmeRegistry';
import { KPI_IDS, type KpiId } from './kpiIds';
import type { StrategyThemeId } from './themes';

export { KPI_IDS, type KpiId };

/** A ratio between groups has no better direction in itself: 1 is no difference. */
export type Polarity = 'lower_is_better' | 'higher_is_better' | 'no_better_direction';

/**
 * Where a tile's "See the detail" link goes: the page, the card (its anchor) and the view that
 * card needs to show the tile's own figure. The months come from the tile's result.
 */
export type KpiDetail =
	| {
			page: '/larc';
			card: 'larc-spc' | 'community-share' | 'pessary';
			reason?: LarcReason;
			measure: LarcPageState['measure'];
	  }
	| { page: '/cancer'; card: 'fds'; cancer: CancerChoice }
	| { page: '/rtt'; card: 'rtt-distribution' }
	| { page: '/access'; card: 'coverage' }
	| { page: '/inequalities'; card: 'by-group'; reason: LarcReason; measure: 'requests' }
	| { page: '/services'; card: 'milestones' };

/** How the reading on a tile is worked out, with the reference for the method. */
export const KPI_METHODS = {
	xmr_spc:
		'XmR statistical process control: NHS England Making Data Count; NHSRplotthedots ptd_spc (src/lib/stats/spc)',
	wilson_interval:
		'95% Wilson score interval for a proportion: Wilson (1927); Newcombe (1998) (src/lib/stats/confidenceIntervals.ts)',
	against_standard: 'The published figure against the standard in force that month; no interval',
	count_only: 'A count at a date, with its parts; no interval or SPC',
	rate_ratio:
		'Ratio of crude rates with a 95% confidence interval from the log rate ratio and its Poisson variance (1/a + 1/b): Rothman, Greenland and Lash, Modern Epidemiology (src/lib/stats/rateRatio.ts)',
	modelled_share:
		'A modelled share: women in areas whose modelled car time to the nearest site is within the threshold, of all women of the ages; no interval (a model, not a sample) (src/lib/stats/travelTime.ts)',
	requirements_met:
		'Minimum requirements met by the date, from the service offers over time, against the dates NHS England set; no interval'
} as const;
export type KpiMethod = keyof typeof KPI_METHODS;

/** The disclosure rules figures follow (src/lib/csv/disclosureRules.ts says them in full). */
export const KPI_DISCLOSURE = ['sub_national', 'as_published', 'no_patient_counts'] as const;
export type KpiDisclosure = (typeof KPI_DISCLOSURE)[number];

/** The ways the dashboard breaks a KPI down, on its detail page. */
export const KPI_BREAKDOWNS = [
	'locality',
	'pcn',
	'age_band',
	'reason',
	'imd_quintile',
	'care_setting',
	'weeks_waited',
	'pathway'
] as const;
export type KpiBreakdown = (typeof KPI_BREAKDOWNS)[number];

export interface KpiTarget {
	value: number;
	label: string;
	source: string;
}

export interface KpiDefinition {
	id: KpiId;
	title: string;
	definition: string;
	theme: StrategyThemeId;
	/** What is counted; for a proportion, the part. */
	numerator: string;
	/** What a proportion or ratio is out of; null for a count. */
	denominator: string | null;
	unit: 'count' | 'proportion' | 'ratio';
	polarity: Polarity;
	/** A target or reference, with its source; null where none exists, and `targetNote` says why. */
	target: KpiTarget | null;
	targetNote: string | null;
	method: KpiMethod;
	disclosure: KpiDisclosure;
	breakdowns: KpiBreakdown[];
	/** The query (src/lib/queries) and the function that turns its rows into the KPI. */
	source: { query: string; model: string };
	/** The dataset the figure comes from: its vintage and kind are the manifest's. */
	dataset: DatasetName;
	kind: DataKind;
	detail: KpiDetail;
}

const LARC_BREAKDOWNS: KpiBreakdown[] = ['locality', 'pcn', 'age_band', 'reason'];
const NO_LARC_STANDARD =
	'No national standard for LARC waits: the list is read by SPC for change, not against a target.';

export const KPIS: Record<KpiId, KpiDefinition> = {
	gynae_larc_waiting: {
		id: 'gynae_larc_waiting',
		title: 'Women waiting for gynaecological LARC',
		definition: 'Women on the list for a LARC fit for gynaecological reasons at the month end.',
		theme: 'menstrual_gynaecological',
		numerator: 'Gynaecological LARC requests not yet fitted or closed at the month end',
		denominator: null,
		unit: 'count',
		polarity: 'lower_is_better',
		target: null,
		targetNote: NO_LARC_STANDARD,
		method: 'xmr_spc',
		disclosure: 'sub_national',
		breakdowns: LARC_BREAKDOWNS,
		source: { query: 'waitingListAtMonthEnd', model: 'larcListKpi' },
		dataset: 'larc_requests',
		kind: 'synthetic',
		detail: { page: '/larc', card: 'larc-spc', reason: 'gynaecological', measure: 'count' }
	},
	gynae_larc_within_target: {
		id: 'gynae_larc_within_target',
		title: 'Gynaecological LARC list within 18 weeks',
		definition: 'Share of women on the gynaecological LARC list who have waited 18 weeks or less.',
		theme: 'menstrual_gynaecological',
		numerator:
			'Women on the gynaecological LARC list at the month end who have waited 18 weeks or less',
		denominator: 'Women on the gynaecological LARC list at the month end',
		unit: 'proportion',
		polarity: 'higher_is_better',
		target: {
			value: WITHIN_TARGET_AIM,
			label: formatTargetPercent(WITHIN_TARGET_AIM),
			source: WITHIN_TARGET_AIM_SOURCE
		},
		targetNote: null,
		method: 'xmr_spc',
		disclosure: 'sub_national',
		breakdowns: [...LARC_BREAKDOWNS, 'weeks_waited'],
		source: { query: 'waitingListAtMonthEnd', model: 'gynaeWithinTargetKpi' },
		dataset: 'larc_requests',
		kind: 'synthetic',
		detail: { page: '/larc', card: 'larc-spc', reason: 'gynaecological', measure: 'count' }
	},
	contraceptive_larc_waiting: {
		id: 'contraceptive_larc_waiting',
		title: 'Women waiting for contraceptive LARC',
		definition: 'Women on the list for a LARC fit for contraceptive reasons at the month end.',
		theme: 'contraception',
		numerator: 'Contraceptive LARC requests not yet fitted or closed at the month end',
		denominator: null,
		unit: 'count',
		polarity: 'lower_is_better',
		target: null,
		targetNote: NO_LARC_STANDARD,
		method: 'xmr_spc',
		disclosure: 'sub_national',
		breakdowns: LARC_BREAKDOWNS,
		source: { query: 'waitingListAtMonthEnd', model: 'larcListKpi' },
		dataset: 'larc_requests',
		kind: 'synthetic',
		detail: { page: '/larc', card: 'larc-spc', reason: 'contraceptive', measure: 'count' }
	},
	gynae_larc_community_share: {
		id: 'gynae_larc_community_share',
		title: 'Gynaecological LARC fitted in the community',
		definition:
			'Gynaecological LARC fits in primary care or a hub ÷ all gynaecological LARC fits, last 3 months.',
		theme: 'menstrual_gynaecological',
		numerator: 'Gynaecological LARC fits in primary care or a hub, last 3 months',
		denominator: 'All gynaecological LARC fits, last 3 months',
		unit: 'proportion',
		polarity: 'higher_is_better',
		target: {
			value: 0.5,
			label: '50%',
			source: 'DHSC women’s health hubs cost-benefit analysis scenario (a reference, not a target)'
		},
		targetNote: null,
		method: 'wilson_interval',
		disclosure: 'sub_national',
		breakdowns: ['locality', 'pcn', 'care_setting'],
		source: { query: 'communityShareByMonth', model: 'communityShareKpi' },
		dataset: 'larc_requests',
		kind: 'synthetic',
		detail: {
			page: '/larc',
			card: 'community-share',
			reason: 'gynaecological',
			measure: 'count'
		}
	},
	pessary_changes_overdue: {
		id: 'pessary_changes_overdue',
		title: 'Ring pessary changes overdue',
		definition:
			`Routine ring pessary changes more than ${PESSARY_CHANGE_GRACE_WEEKS} weeks past their due date and not done, ` +
			'at the month end (the grace period is a local assumption). Women waiting for a first fit are counted ' +
			'separately, not as overdue.',
		theme: 'pelvic_floor',
		numerator: `Routine ring pessary changes more than ${PESSARY_CHANGE_GRACE_WEEKS} weeks past due and not done`,
		denominator: null,
		unit: 'count',
		polarity: 'lower_is_better',
		target: null,
		targetNote:
			'No national standard for ring pessary changes; the grace period is a local assumption.',
		method: 'count_only',
		disclosure: 'sub_national',
		breakdowns: ['locality', 'pcn', 'care_setting'],
		source: { query: 'pessaryOverdue', model: 'pessaryOverdueKpi' },
		dataset: 'pessary_activity',
		kind: 'synthetic',
		detail: { page: '/larc', card: 'pessary', measure: 'count' }
	},
	fds_gynaecology: {
		id: 'fds_gynaecology',
		title: 'Faster Diagnosis Standard, suspected gynaecological cancer',
		definition:
			'Patients on the urgent suspected cancer route told within 28 days whether they have cancer (latest published month).',
		theme: 'menstrual_gynaecological',
		numerator: 'Patients told within 28 days of referral whether they have cancer',
		denominator: 'Patients on the suspected gynaecological cancer route told in the month',
		unit: 'proportion',
		polarity: 'higher_is_better',
		target: null,
		targetNote:
			'The operational standard depends on the month: see standardsInForce() in src/lib/kpis/cancerStandards.ts.',
		method: 'against_standard',
		disclosure: 'as_published',
		breakdowns: [],
		source: { query: 'cancerStandardPerformance', model: 'fasterDiagnosisKpi' },
		dataset: 'cancer_waiting_times',
		kind: 'real',
		detail: { page: '/cancer', card: 'fds', cancer: 'gynaecological' }
	},
	rtt_gynaecology_within_18_weeks: {
		id: 'rtt_gynaecology_within_18_weeks',
		title: 'Gynaecology pathways completed within 18 weeks',
		definition:
			'Completed referral-to-treatment pathways in gynaecology (MSEFT, admitted and non-admitted) within 18 weeks, latest month.',
		theme: 'menstrual_gynaecological',
		numerator: 'Completed gynaecology RTT pathways (admitted and non-admitted) within 18 weeks',
		denominator: 'All completed gynaecology RTT pathways in the month',
		unit: 'proportion',
		polarity: 'higher_is_better',
		target: null,
		targetNote:
			'The 92% standard applies to incomplete pathways, which the completed-pathway files do not hold.',
		method: 'against_standard',
		disclosure: 'as_published',
		breakdowns: ['pathway', 'weeks_waited'],
		source: { query: 'rttMonthlySummary', model: 'rttWithin18WeeksKpi' },
		dataset: 'rtt_completed',
		kind: 'real',
		detail: { page: '/rtt', card: 'rtt-distribution' }
	},
	...PROGRAMME_KPIS
};
