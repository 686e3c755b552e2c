/**
 * Everything the /larc page shows for one state, as plain data: the page model. It takes the
 * database and manifest it is given (native DuckDB on the server, DuckDB-WASM in the browser),
 * runs the queries, and hands each card's rows to its card model.
 */
import type { PageContext } from '$lib/data/pageContext';
import { completeMonths, reportingPeriod } from '$lib/data/period';
import { GYNAECOLOGICAL_LARC_TARGET_WEEKS } from '$lib/facts';
import { communityShareByMonth, communityShareByPcn } from '$lib/queries/larcCommunityShare';
import { larcRequestsByDeprivation } from '$lib/queries/larcDeprivation';
import type { LarcFilter } from '$lib/queries/larcFilter';
import { larcFlows } from '$lib/queries/larcFlows';
import { rateAgesByReason } from '$lib/queries/larcRateAges';
import { waitingListAtMonthEnd } from '$lib/queries/larcWaitingList';
import { waitsByReasonAndLocality, type WaitTargets } from '$lib/queries/larcWaits';
import { femalePopulation } from '$lib/queries/femalePopulation';
import { pcnList } from '$lib/queries/pcnList';
import { interventionLog } from '$lib/queries/interventions';
import { interventionsFor } from '$lib/data/interventions';
import { KPI_IDS } from '$lib/kpis/kpiIds';
import {
	firstHubOpening,
	pessaryEpisodesByMonth,
	pessaryOverdue,
	pessaryShiftSinceHubs
} from '$lib/queries/pessaryActivity';
import type { LarcReason } from '$lib/data/datasets';
import { selectedArea } from './area';
import { communityShareCardModel, type CommunityShareCardModel } from './communityShareCard';
import { deprivationCardModel, type DeprivationCardModel } from './deprivationCard';
import { larcFiltersModel, type LarcFiltersModel } from './filters';
import { defaultClearBy, monthEnds, selectedPeriod, weeksBetween } from './period';
import { pessaryCardModel, type PessaryCardModel } from './pessaryCard';
import { pessaryComparisonWindows } from './pessaryWindows';
import { queueCardModel, type QueueCardModel } from './queueCard';
import { larcSelectionStatus } from './selection';
import { larcSpcCardModel, type LarcSpcCardModel } from './spcCard';
import { larcSearch, type LarcPageState } from './state';
import { waitingListCardModel, type WaitingListCardModel } from './waitingListCard';
import { denominatorsFrom } from './waitingListSeries';
import { waitsCardModel, type WaitsCardModel } from './waitsCard';

export interface LarcModel {
	/** The area shown: the PCN's name, the locality or the ICB. */
	areaLabel: string;
	/** The reason the SPC and queue cards follow. */
	reason: LarcReason;
	/** The page's one status message, naming the whole selection. */
	status: string;
	filters: LarcFiltersModel;
	/** Why rates per 1,000 are not shown, when they were asked for; null otherwise. */
	ratesNotice: string | null;
	waitingList: WaitingListCardModel;
	waits: WaitsCardModel;
	spc: LarcSpcCardModel;
	queue: QueueCardModel;
	communityShare: CommunityShareCardModel;
	pessary: PessaryCardModel;
	/** Null for a single PCN: `deprivationNotice` says why. */
	deprivation: DeprivationCardModel | null;
	deprivationNotice: string | null;
}

const RATES_NOT_FOR_PCN =
	'Rates per 1,000 women are not shown for a single PCN: registered-list populations by age are not open data.';
const DEPRIVATION_NOT_FOR_PCN =
	'Inequalities by deprivation are not shown for a single PCN: registered-list populations by small area are not open data.';

export async function loadLarcModel(ctx: PageContext, wanted: LarcPageState): Promise<LarcModel> {
	const { db, manifest } = ctx;
	const pcns = await pcnList(db);
	// A PCN that is not in the list, or not in the locality chosen, is dropped, not filtered on.
	const { areaLabel, state } = selectedArea(wanted, pcns);
	const extract = reportingPeriod(manifest, 'larc_requests');
	const period = selectedPeriod(extract, state.fromMonth, state.toMonth);
	const asAt = period.to;
	const clearBy = state.clearBy && state.clearBy > asAt ? state.clearBy : defaultClearBy(asAt);
	const filter: LarcFilter = {
		locality: state.locality,
		pcnCode: state.pcnCode,
		ageBand: state.ageBand
	};
	const targets = {
		gynaecological: GYNAECOLOGICAL_LARC_TARGET_WEEKS,
		contraceptive: state.contraceptiveTargetWeeks
	};
	const waitTargets: WaitTargets = {
		gynaecologicalWeeks: targets.gynaecological,
		contraceptiveWeeks: targets.contraceptive
	};
	// Monthly charts cover only the whole months in which each extract is complete.
	const larcMonths = completeMonths(extract, period);
	const pessaryExtract = reportingPeriod(manifest, 'pessary_activity');
	const pessaryMonths = completeMonths(pessaryExtract, period);
	const firstHubOpen = await firstHubOpening(db);
	const pessaryWindows = firstHubOpen
		? pessaryComparisonWindows({ firstHubOpen, asAt, extract: pessaryExtract })
		: null;
	const onePcn = Boolean(state.pcnCode);
	const interventions = interventionsFor(
		await interventionLog(db),
		{
			locality: state.locality,
			pcnCode: state.pcnCode,
			pcnLocality: pcns.find((p) => p.pcn_code === state.pcnCode)?.locality
		},
		KPI_IDS
	);
	const [
		waitingList,
		waits,
		flows,
		byMonth,
		byPcn,
		pessaryByMonth,
		overdue,
		shift,
		population,
		deprivation
	] = await Promise.all([
		waitingListAtMonthEnd(db, { period: larcMonths, filter, targets: waitTargets }),
		waitsByReasonAndLocality(db, {
			filter,
			period: { asAt, from: period.from },
			targets: waitTargets,
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
		// Registered-list denominators are not open data, so a single PCN has no rates.
		onePcn ? Promise.resolve(null) : femalePopulation(db, { filter }),
		onePcn ? Promise.resolve(null) : larcRequestsByDeprivation(db, { filter, period })
	]);
	// With a locality or PCN chosen, only its total is shown, so a table never shows a locality's
	// name against a single PCN's figures.
	const filtered = Boolean(state.locality || state.pcnCode);
	const onlyArea = <T extends { is_total: boolean }>(rows: T[]) =>
		filtered ? rows.filter((r) => r.is_total) : rows;
	const rateAges = rateAgesByReason(filter.ageBand);
	const denominators =
		state.measure === 'rate' && population ? denominatorsFrom(population, rateAges) : undefined;

	return {
		areaLabel,
		reason: state.reason,
		status: larcSelectionStatus({
			areaLabel,
			state,
			period,
			clearBy,
			ratesAvailable: population !== null
		}),
		filters: larcFiltersModel({ state, pcns, months: monthEnds(extract), clearBy }),
		ratesNotice: state.measure === 'rate' && !population ? RATES_NOT_FOR_PCN : null,
		waitingList: waitingListCardModel({
			rows: waitingList,
			areaLabel,
			period: larcMonths,
			denominators
		}),
		waits: waitsCardModel({ rows: onlyArea(waits), areaLabel, asAt, period, targets }),
		spc: larcSpcCardModel({
			rows: waitingList,
			reason: state.reason,
			areaLabel,
			period: larcMonths,
			targetWeeks: targets[state.reason],
			interventions,
			rebaseId: state.rebase,
			searchFor: (id) => larcSearch({ ...state, rebase: id ?? undefined })
		}),
		queue: queueCardModel({
			flows: onlyArea(flows),
			waits: onlyArea(waits),
			reason: state.reason,
			areaLabel,
			targets,
			asAt,
			clearBy,
			weeksToClear: weeksBetween(asAt, clearBy)
		}),
		communityShare: communityShareCardModel({
			byMonth,
			byPcn,
			areaLabel,
			period,
			monthlyPeriod: larcMonths
		}),
		pessary: pessaryCardModel({
			byMonth: pessaryByMonth,
			overdue: onlyArea(overdue),
			shift,
			windows: pessaryWindows,
			firstHubOpen,
			areaLabel,
			asAt,
			graceWeeks: state.pessaryGraceWeeks,
			months: pessaryMonths
		}),
		deprivation: deprivation
			? deprivationCardModel({ rows: deprivation, areaLabel, period, ages: rateAges })
			: null,
		deprivationNotice: deprivation ? null : DEPRIVATION_NOT_FOR_PCN
	};
}
