/** Everything the /cancer page shows, queried from DuckDB-WASM in one go for the chosen cancer. */
import type { AnalyticsDatabase } from '$lib/data/database';
import type { Manifest, Period } from '$lib/data/datasets';
import { reportingPeriod } from '$lib/data/period';
import type { CancerChoice } from '$lib/queries/cancerChoice';
import {
	CWT_MEASURES,
	cancerStandardPerformance,
	type CwtMeasure,
	type CwtPerformanceRow,
	type CwtStandard
} from '$lib/queries/cancerStandards';
import { uscPublishedDemand, type UscPublishedRow } from '$lib/queries/uscPublished';
import {
	uscMonthlyReferrals,
	uscReferralsByPcn,
	type UscMonthRow,
	type UscPcnRow
} from '$lib/queries/uscReferrals';

export const CANCER_PAGE_DATASETS = ['cancer_waiting_times', 'usc_referrals', 'pcns'] as const;

/** The funnel plot pools the last 12 months of the synthetic extract. */
export const PCN_FUNNEL_MONTHS = 12;

export interface MeasureRows {
	measure: CwtMeasure;
	rows: CwtPerformanceRow[];
}

export interface CancerPageData {
	published: UscPublishedRow[];
	fds: MeasureRows[];
	sixtyTwoDay: MeasureRows[];
	/** The synthetic extract's window, and the 12 months the funnel pools. */
	uscPeriod: Period;
	pcnPeriod: Period;
	monthly: UscMonthRow[];
	/** Suspected gynaecological cancer only: rates per woman make no sense for all cancers. */
	byPcn: UscPcnRow[];
}

/** The first day of the month `months − 1` months before the period's last month. */
export function lastMonths(period: Period, months: number): Period {
	const [year, month] = period.to.split('-').map(Number);
	const from = new Date(Date.UTC(year, month - months, 1)).toISOString().slice(0, 10);
	return { from: from < period.from ? period.from : from, to: period.to };
}

async function measureRows(
	db: AnalyticsDatabase,
	standard: CwtStandard,
	cancer: CancerChoice
): Promise<MeasureRows[]> {
	return Promise.all(
		CWT_MEASURES[standard][cancer].map(async (measure) => ({
			measure,
			rows: await cancerStandardPerformance(db, { measure })
		}))
	);
}

export async function loadCancerPage(
	db: AnalyticsDatabase,
	manifest: Manifest,
	cancer: CancerChoice
): Promise<CancerPageData> {
	const uscPeriod = reportingPeriod(manifest, 'usc_referrals');
	const pcnPeriod = lastMonths(uscPeriod, PCN_FUNNEL_MONTHS);
	const [published, fds, sixtyTwoDay, monthly, byPcn] = await Promise.all([
		uscPublishedDemand(db),
		measureRows(db, 'faster_diagnosis_28d', cancer),
		measureRows(db, 'treatment_62d', cancer),
		uscMonthlyReferrals(db, { cancer, period: uscPeriod }),
		uscReferralsByPcn(db, { cancer: 'gynaecological', period: pcnPeriod })
	]);
	return { published, fds, sixtyTwoDay, uscPeriod, pcnPeriod, monthly, byPcn };
}
