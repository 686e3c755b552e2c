/** Everything the /larc page shows, queried from DuckDB-WASM in one go for the current state. */
import type { AnalyticsDatabase } from '$lib/data/database';
import type { Manifest, Period } from '$lib/data/datasets';
import { completeMonths, reportingPeriod } from '$lib/data/period';
import type { LarcFilter } from '$lib/queries/larcFilter';
import type { LarcPageState } from '$lib/url/larcParams';
import { waitingListAtMonthEnd, type WaitingListRow } from '$lib/queries/larcWaitingList';
import { waitsByReasonAndLocality, type WaitTargets, type WaitsRow } from '$lib/queries/larcWaits';
import { larcFlows, type FlowsRow } from '$lib/queries/larcFlows';
import {
	communityShareByMonth,
	communityShareByPcn,
	type CommunityShareByMonthRow,
	type CommunityShareByPcnRow
} from '$lib/queries/larcCommunityShare';
import {
	firstHubOpening,
	pessaryEpisodesByMonth,
	pessaryOverdue,
	pessaryShiftSinceHubs,
	type PessaryByMonthRow,
	type PessaryOverdueRow,
	type PessaryShiftRow
} from '$lib/queries/pessaryActivity';
import { femalePopulation, type FemalePopulationRow } from '$lib/queries/femalePopulation';
import { larcRequestsByDeprivation, type DeprivationRow } from '$lib/queries/larcDeprivation';
import { rateAgesByReason, type RateAgesByReason } from '$lib/queries/larcRateAges';
import { selectedPeriod } from './larcPeriod';
import { pessaryComparisonWindows, type PessaryWindows } from './pessaryWindows';

/** RTT's 18 weeks, by analogy: no national target exists for gynaecological LARC. */
export const GYNAECOLOGICAL_TARGET_WEEKS = 18;

export const LARC_PAGE_DATASETS = [
	'larc_requests',
	'pessary_activity',
	'practices',
	'pcns',
	'hubs',
	'geography_lsoa',
	'population_female_lsoa'
] as const;

export interface LarcPageData {
	extract: Period;
	period: Period;
	/** The months the LARC monthly charts cover: those of `period` in which the extract is complete. */
	larcMonths: Period;
	/** The same for the ring pessary monthly chart. */
	pessaryMonths: Period;
	targets: WaitTargets;
	waitingList: WaitingListRow[];
	waits: WaitsRow[];
	flows: FlowsRow[];
	communityByMonth: CommunityShareByMonthRow[];
	communityByPcn: CommunityShareByPcnRow[];
	pessaryByMonth: PessaryByMonthRow[];
	pessaryOverdue: PessaryOverdueRow[];
	pessaryShift: PessaryShiftRow[];
	/** The ages each reason's rate covers, as the rate queries counted them, for the labels. */
	rateAges: RateAgesByReason;
	/** The before/after windows of the pessary comparison; null when no hub has opened. */
	pessaryWindows: PessaryWindows | null;
	firstHubOpen: string | null;
	/** The grace period the overdue changes were counted with. */
	pessaryGraceWeeks: number;
	/** Null when a PCN is chosen: registered-list denominators are not open data. */
	population: FemalePopulationRow[] | null;
	/** Null when a PCN is chosen, for the same reason. */
	deprivation: DeprivationRow[] | null;
}

/**
 * `areaLabel` names the total row. With a locality or PCN chosen, only that total is kept, so a
 * table never shows a locality's name against a single PCN's figures.
 */
export async function loadLarcPage(
	db: AnalyticsDatabase,
	manifest: Manifest,
	state: LarcPageState,
	areaLabel: string
): Promise<LarcPageData> {
	const extract = reportingPeriod(manifest, 'larc_requests');
	const period = selectedPeriod(extract, state.fromMonth, state.toMonth);
	const filter: LarcFilter = {
		locality: state.locality,
		pcnCode: state.pcnCode,
		ageBand: state.ageBand
	};
	const targets: WaitTargets = {
		gynaecologicalWeeks: GYNAECOLOGICAL_TARGET_WEEKS,
		contraceptiveWeeks: state.contraceptiveTargetWeeks
	};
	const asAt = period.to;
	// Monthly charts cover only the whole months in which each extract is complete.
	const larcMonths = completeMonths(extract, period);
	const pessaryExtract = reportingPeriod(manifest, 'pessary_activity');
	const pessaryMonths = completeMonths(pessaryExtract, period);
	const firstHubOpen = await firstHubOpening(db);
	const pessaryWindows = firstHubOpen
		? pessaryComparisonWindows({ firstHubOpen, asAt, extract: pessaryExtract })
		: null;
	const [
		waitingList,
		waits,
		flows,
		communityByMonth,
		communityByPcn,
		byMonth,
		overdue,
		shift,
		population,
		deprivation
	] = await Promise.all([
		waitingListAtMonthEnd(db, { period: larcMonths, filter, targets }),
		waitsByReasonAndLocality(db, {
			filter,
			period: { asAt, from: period.from },
			targets,
			totalLabel: areaLabel
		}),
		larcFlows(db, { filter, asAt, totalLabel: areaLabel }),
		communityShareByMonth(db, { filter, period: larcMonths }),
		communityShareByPcn(db, { filter, period }),
		pessaryEpisodesByMonth(db, { filter, months: pessaryMonths }),
		pessaryOverdue(db, {
			filter,
			asAt,
			graceWeeks: state.pessaryGraceWeeks,
			totalLabel: areaLabel
		}),
		pessaryWindows
			? pessaryShiftSinceHubs(db, { filter, windows: pessaryWindows })
			: Promise.resolve([]),
		state.pcnCode ? Promise.resolve(null) : femalePopulation(db, { filter }),
		state.pcnCode ? Promise.resolve(null) : larcRequestsByDeprivation(db, { filter, period })
	]);
	const filtered = Boolean(state.locality || state.pcnCode);
	const onlyArea = <T extends { is_total: boolean }>(rows: T[]) =>
		filtered ? rows.filter((r) => r.is_total) : rows;
	return {
		extract,
		period,
		larcMonths,
		pessaryMonths,
		targets,
		waitingList,
		waits: onlyArea(waits),
		flows: onlyArea(flows),
		communityByMonth,
		communityByPcn,
		pessaryByMonth: byMonth,
		pessaryOverdue: onlyArea(overdue),
		pessaryShift: shift,
		rateAges: rateAgesByReason(filter.ageBand),
		pessaryWindows,
		firstHubOpen,
		pessaryGraceWeeks: state.pessaryGraceWeeks,
		population,
		deprivation
	};
}
