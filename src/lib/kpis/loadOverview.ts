/** The overview's headline KPIs, each computed from DuckDB-WASM queries over the extracts. */
import type { AnalyticsDatabase } from '$lib/data/database';
import type { Manifest } from '$lib/data/datasets';
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
	rttWithin18WeeksKpi,
	type KpiResult
} from './kpiResults';
import { boardMonth } from './boardMonth';

export const OVERVIEW_DATASETS = [
	'larc_requests',
	'pessary_activity',
	'practices',
	'cancer_waiting_times',
	'rtt_completed'
] as const;

export interface Overview {
	/** YYYY-MM: the month every tile is dated against. */
	boardMonth: string;
	kpis: KpiResult[];
}

export async function loadOverview(db: AnalyticsDatabase, manifest: Manifest): Promise<Overview> {
	// Monthly series cover only the whole months in which the extract is complete.
	const months = completeMonths(reportingPeriod(manifest, 'larc_requests'));
	const pessaryAsAt = reportingPeriod(manifest, 'pessary_activity').to;
	const [gynaeFds] = CWT_MEASURES.faster_diagnosis_28d.gynaecological;
	const [list, share, overdue, fds, rtt] = await Promise.all([
		waitingListAtMonthEnd(db, months),
		communityShareByMonth(db, {}, months),
		pessaryOverdue(db, {}, pessaryAsAt),
		cancerStandardPerformance(db, gynaeFds),
		rttMonthlySummary(db, GYNAECOLOGY_SERVICE)
	]);
	const kpis = [
		larcListKpi(list, 'gynaecological'),
		gynaeWithinTargetKpi(list),
		larcListKpi(list, 'contraceptive'),
		communityShareKpi(share),
		pessaryOverdueKpi(
			overdue.find((o) => o.is_total),
			pessaryAsAt
		),
		fasterDiagnosisKpi(fds),
		rttWithin18WeeksKpi(rtt)
	];
	return { boardMonth: boardMonth(manifest), kpis };
}
