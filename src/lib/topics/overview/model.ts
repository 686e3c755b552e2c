/**
 * Everything the overview shows, as plain data, for the locality chosen (or the whole ICB): the
 * headline tiles (the KPI registry in $lib/kpis, dated against the board month) grouped by the
 * strategy's themes, and the LARC waiting-list card. Measures published only for the ICB or the
 * trust stay so, and their tiles say it. The same function runs on the server (native DuckDB) or
 * in the browser (DuckDB-WASM).
 */
import type { PageContext } from '$lib/data/pageContext';
import { completeMonths, monthStart, previousMonthEnd, reportingPeriod } from '$lib/data/period';
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
import { loadProgrammeKpis } from '$lib/kpis/loadProgrammeKpis';
import { KPI_IDS, KPIS } from '$lib/kpis/registry';
import { formatMonth } from '$lib/format/numbers';
import { ICB_NAME } from '$lib/facts';
import { STRATEGY_THEMES } from '$lib/kpis/themes';
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
	/** The area every tile and the chart are for: the locality chosen or the ICB. */
	areaLabel: string;
	/** The headline tiles for the area, in the registry's order. */
	tiles: KpiTileModel[];
	/** The strategy's themes, each with its tiles (ids), in the strategy's order. */
	themes: { id: string; title: string; aim: string; tileIds: KpiTileModel['id'][] }[];
	/** The page's status message, naming the area the waiting list is shown for. */
	status: string;
	waitingList: WaitingListCardModel;
}

/**
 * `month` (YYYY-MM): the month the tiles are for, the board month unless another is asked for
 * (the board pack's month). Every figure then stops at its end: monthly series, the ring pessary
 * count, and the latest published month of the national statistics.
 */
export async function loadOverviewModel(
	ctx: PageContext,
	state: OverviewState,
	month: string = boardMonth(ctx.manifest)
): Promise<OverviewModel> {
	const { db, manifest } = ctx;
	const monthEnd = previousMonthEnd(monthStart(`${month}-01`, 1));
	const upToMonth = { from: '0001-01-01', to: monthEnd };
	// Monthly series cover only the whole months in which the extract is complete.
	const months = completeMonths(reportingPeriod(manifest, 'larc_requests'), upToMonth);
	const pessaryAsAt = [reportingPeriod(manifest, 'pessary_activity').to, monthEnd].sort()[0];
	const [gynaeFds] = CWT_MEASURES.faster_diagnosis_28d.gynaecological;
	const filter = state.locality ? { locality: state.locality } : {};
	const earlierMonthEnds = monthEndsBefore(pessaryAsAt, PESSARY_TREND_MONTHS - 1);
	const published = <T extends { period: string }>(rows: T[]) =>
		rows.filter((r) => r.period <= monthEnd);
	const [list, share, overdue, fds, rtt, overdueEarlier, programme] = await Promise.all([
		waitingListAtMonthEnd(db, { period: months, filter }),
		communityShareByMonth(db, { filter, period: months }),
		pessaryOverdue(db, { filter, asAt: pessaryAsAt }),
		cancerStandardPerformance(db, { measure: gynaeFds }).then(published),
		rttMonthlySummary(db, { treatmentFunction: GYNAECOLOGY_SERVICE }).then(published),
		Promise.all(
			earlierMonthEnds.map(async (asAt) => {
				const total = (await pessaryOverdue(db, { filter, asAt })).find((o) => o.is_total);
				return { asAt, changes_overdue: total?.changes_overdue ?? 0 };
			})
		),
		loadProgrammeKpis(db, { locality: state.locality, monthEnd: months.to })
	]);
	const kpis = [
		larcListKpi(list, 'gynaecological'),
		gynaeWithinTargetKpi(list),
		larcListKpi(list, 'contraceptive'),
		communityShareKpi(share),
		pessaryOverdueKpi(
			overdue.find((o) => o.is_total),
			pessaryAsAt,
			undefined,
			overdueEarlier
		),
		fasterDiagnosisKpi(fds),
		rttWithin18WeeksKpi(rtt),
		...programme
	];
	const areaLabel = state.locality ?? ICB_NAME;
	return {
		boardMonth: { month, text: formatMonth(`${month}-01`), basis: BOARD_MONTH_BASIS },
		areaLabel,
		tiles: kpis.map((kpi) =>
			kpiTileModel(kpi, month, {
				locality: state.locality,
				vintage: manifest.datasets.find((d) => d.name === KPIS[kpi.id].dataset)?.vintage
			})
		),
		themes: STRATEGY_THEMES.map((t) => ({
			id: t.id,
			title: t.title,
			aim: t.aim,
			tileIds: KPI_IDS.filter((id) => KPIS[id].theme === t.id)
		})),
		status: overviewSelectionStatus(areaLabel),
		waitingList: waitingListCardModel({ rows: list, areaLabel, period: months })
	};
}

/** Months of ring pessary changes overdue the sparkline shows (each a query at a month end). */
const PESSARY_TREND_MONTHS = 12;

/** The `n` month ends before the one `asAt` falls in, oldest first (ISO dates). */
function monthEndsBefore(asAt: string, n: number): string[] {
	const [year, month] = asAt.split('-').map(Number);
	return Array.from({ length: n }, (_, k) =>
		new Date(Date.UTC(year, month - 1 - (n - 1 - k), 0)).toISOString().slice(0, 10)
	);
}
