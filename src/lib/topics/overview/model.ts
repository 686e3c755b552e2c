/**
 * Everything the overview shows, as plain data: the headline tiles (the KPI registry in
 * $lib/kpis, dated against the board month) and the LARC waiting-list card for the locality
 * chosen. The same function runs on the server (native DuckDB) or in the browser (DuckDB-WASM).
 */
import type { PageContext } from '$lib/data/pageContext';
import { completeMonths, reportingPeriod } from '$lib/data/period';
import { waitingListAtMonthEnd } from '$lib/queries/larcWaitingList';
import { communityShareByMonth } from '$lib/queries/larcCommunityShare';
import { pessaryOverdue } from '$lib/queries/pessaryActivity';
import { cancerStandardPerformance, CWT_MEASURES } from '$lib/queries/cancerStandards';
import { GYNAECOLOGY_SERVICE, rttMonthlySummary } from '$lib/queries/rttCompleted';
import {
	communityShareKpi,
	fasterDiagnosisKpi,
	gynaeWithinTargetKpi,
	larcListKpi,
	pessaryOverdueKpi,
	rttWithin18WeeksKpi
} from '$lib/kpis/kpiResults';
import { boardMonth, BOARD_MONTH_BASIS } from '$lib/kpis/boardMonth';
import { formatMonth } from '$lib/format/numbers';
import { ICB_NAME } from '$lib/facts';
import type { OverviewState } from './state';
import { kpiTileModel, type KpiTileModel } from './kpiTile';
import { waitingListCardModel, type WaitingListCardModel } from './waitingListCard';
import { overviewSelectionStatus } from './overviewSelection';

export interface OverviewModel {
	boardMonth: {
		/** YYYY-MM: the month every tile is dated against. */
		month: string;
		/** e.g. "October 2026". */
		text: string;
		/** Which data the board month is taken from, in words. */
		basis: string;
	};
	/** The headline tiles, always for the whole ICB, in the registry's order. */
	tiles: KpiTileModel[];
	/** The page's status message, naming the area the waiting list is shown for. */
	status: string;
	waitingList: WaitingListCardModel;
}

export async function loadOverviewModel(
	ctx: PageContext,
	state: OverviewState
): Promise<OverviewModel> {
	const { db, manifest } = ctx;
	// Monthly series cover only the whole months in which the extract is complete.
	const months = completeMonths(reportingPeriod(manifest, 'larc_requests'));
	const pessaryAsAt = reportingPeriod(manifest, 'pessary_activity').to;
	const [gynaeFds] = CWT_MEASURES.faster_diagnosis_28d.gynaecological;
	const [icbList, share, overdue, fds, rtt, areaList] = await Promise.all([
		waitingListAtMonthEnd(db, { period: months }),
		communityShareByMonth(db, { filter: {}, period: months }),
		pessaryOverdue(db, { filter: {}, asAt: pessaryAsAt }),
		cancerStandardPerformance(db, { measure: gynaeFds }),
		rttMonthlySummary(db, { treatmentFunction: GYNAECOLOGY_SERVICE }),
		state.locality
			? waitingListAtMonthEnd(db, { period: months, filter: { locality: state.locality } })
			: null
	]);
	const kpis = [
		larcListKpi(icbList, 'gynaecological'),
		gynaeWithinTargetKpi(icbList),
		larcListKpi(icbList, 'contraceptive'),
		communityShareKpi(share),
		pessaryOverdueKpi(
			overdue.find((o) => o.is_total),
			pessaryAsAt
		),
		fasterDiagnosisKpi(fds),
		rttWithin18WeeksKpi(rtt)
	];
	const month = boardMonth(manifest);
	const areaLabel = state.locality ?? ICB_NAME;
	return {
		boardMonth: { month, text: formatMonth(`${month}-01`), basis: BOARD_MONTH_BASIS },
		tiles: kpis.map((kpi) => kpiTileModel(kpi, month)),
		status: overviewSelectionStatus(areaLabel),
		waitingList: waitingListCardModel({ rows: areaList ?? icbList, areaLabel, period: months })
	};
}
