/**
 * What each headline KPI on the overview is: its definition, which way is better, its target and
 * where that comes from, whether its data is real or synthetic, and the page with the detail.
 */
import type { DataKind, LarcReason } from '$lib/data/datasets';
import type { CancerChoice } from '$lib/queries/cancerChoice';
import type { LarcPageState } from '$lib/topics/larc/state';
import { formatTargetPercent } from '$lib/format/numbers';
import { WITHIN_TARGET_AIM, WITHIN_TARGET_AIM_SOURCE } from './larcSpcSeries';
import { PESSARY_CHANGE_GRACE_WEEKS } from '$lib/queries/pessaryActivity';

import { KPI_IDS, type KpiId } from './kpiIds';

export { KPI_IDS, type KpiId };

export type Polarity = 'lower_is_better' | 'higher_is_better';

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
	| { page: '/rtt'; card: 'rtt-distribution' };

export interface KpiDefinition {
	id: KpiId;
	title: string;
	definition: string;
	unit: 'count' | 'proportion';
	polarity: Polarity;
	/** A target or reference, with its source; null where none exists. */
	target: { value: number; label: string; source: string } | null;
	kind: DataKind;
	detail: KpiDetail;
}

export const KPIS: Record<KpiId, KpiDefinition> = {
	gynae_larc_waiting: {
		id: 'gynae_larc_waiting',
		title: 'Women waiting for gynaecological LARC',
		definition: 'Women on the list for a LARC fit for gynaecological reasons at the month end.',
		unit: 'count',
		polarity: 'lower_is_better',
		target: null,
		kind: 'synthetic',
		detail: { page: '/larc', card: 'larc-spc', reason: 'gynaecological', measure: 'count' }
	},
	gynae_larc_within_target: {
		id: 'gynae_larc_within_target',
		title: 'Gynaecological LARC list within 18 weeks',
		definition: 'Share of women on the gynaecological LARC list who have waited 18 weeks or less.',
		unit: 'proportion',
		polarity: 'higher_is_better',
		target: {
			value: WITHIN_TARGET_AIM,
			label: formatTargetPercent(WITHIN_TARGET_AIM),
			source: WITHIN_TARGET_AIM_SOURCE
		},
		kind: 'synthetic',
		detail: { page: '/larc', card: 'larc-spc', reason: 'gynaecological', measure: 'count' }
	},
	contraceptive_larc_waiting: {
		id: 'contraceptive_larc_waiting',
		title: 'Women waiting for contraceptive LARC',
		definition: 'Women on the list for a LARC fit for contraceptive reasons at the month end.',
		unit: 'count',
		polarity: 'lower_is_better',
		target: null,
		kind: 'synthetic',
		detail: { page: '/larc', card: 'larc-spc', reason: 'contraceptive', measure: 'count' }
	},
	gynae_larc_community_share: {
		id: 'gynae_larc_community_share',
		title: 'Gynaecological LARC fitted in the community',
		definition:
			'Gynaecological LARC fits in primary care or a hub ÷ all gynaecological LARC fits, last 3 months.',
		unit: 'proportion',
		polarity: 'higher_is_better',
		target: {
			value: 0.5,
			label: '50%',
			source: 'DHSC women’s health hubs cost-benefit analysis scenario (a reference, not a target)'
		},
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
		unit: 'count',
		polarity: 'lower_is_better',
		target: null,
		kind: 'synthetic',
		detail: { page: '/larc', card: 'pessary', measure: 'count' }
	},
	fds_gynaecology: {
		id: 'fds_gynaecology',
		title: 'Faster Diagnosis Standard, suspected gynaecological cancer',
		definition:
			'Patients on the urgent suspected cancer route told within 28 days whether they have cancer (latest published month).',
		unit: 'proportion',
		polarity: 'higher_is_better',
		// The threshold depends on the month: see standardsInForce() in cancerStandards.ts.
		target: null,
		kind: 'real',
		detail: { page: '/cancer', card: 'fds', cancer: 'gynaecological' }
	},
	rtt_gynaecology_within_18_weeks: {
		id: 'rtt_gynaecology_within_18_weeks',
		title: 'Gynaecology pathways completed within 18 weeks',
		definition:
			'Completed referral-to-treatment pathways in gynaecology (MSEFT, admitted and non-admitted) within 18 weeks, latest month.',
		unit: 'proportion',
		polarity: 'higher_is_better',
		// The 92% standard applies to incomplete pathways, which these files do not hold.
		target: null,
		kind: 'real',
		detail: { page: '/rtt', card: 'rtt-distribution' }
	}
};
