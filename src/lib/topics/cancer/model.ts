/**
 * Everything the /cancer page shows for the chosen cancer, as plain data: the published figures
 * (urgent suspected cancer demand, the Faster Diagnosis and 62-day standards) and the synthetic
 * monthly and by-PCN referrals, each as its card model. It runs on any `AnalyticsDatabase`: native
 * DuckDB on the server, DuckDB-WASM in the browser.
 */
import type { PageContext } from '$lib/data/pageContext';
import type { Period } from '$lib/data/datasets';
import { reportingPeriod } from '$lib/data/period';
import { CANCER_CHOICE_LABEL, type CancerChoice } from '$lib/queries/cancerChoice';
import {
	CWT_MEASURES,
	cancerStandardPerformance,
	type CwtStandard
} from '$lib/queries/cancerStandards';
import { uscPublishedDemand } from '$lib/queries/uscPublished';
import { uscMonthlyReferrals, uscReferralsByPcn } from '$lib/queries/uscReferrals';
import type { AnalyticsDatabase } from '$lib/data/database';
import {
	cancerStandardCardModel,
	type CancerStandardCardModel,
	type MeasureRows
} from './cancerStandardCard';
import { pcnFunnelCardModel, type PcnFunnelCardModel } from './pcnFunnelCard';
import { cancerSelectionStatus } from './selectionStatus';
import type { CancerState } from './state';
import { uscMonthlyCardModel, type UscMonthlyCardModel } from './uscMonthlyCard';
import { uscPublishedCardModel, type UscPublishedCardModel } from './uscPublishedCard';

/** The funnel plot pools the last 12 months of the synthetic extract. */
export const PCN_FUNNEL_MONTHS = 12;

export interface CancerModel {
	cancer: CancerChoice;
	/** The page's status message, naming the selection (WCAG 4.1.3). */
	status: string;
	published: UscPublishedCardModel;
	fds: CancerStandardCardModel;
	sixtyTwoDay: CancerStandardCardModel;
	monthly: UscMonthlyCardModel;
	/** Suspected gynaecological cancer only: rates per woman make no sense for all cancers. */
	pcnFunnel: PcnFunnelCardModel;
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

export async function loadCancerModel(
	{ db, manifest }: PageContext,
	{ cancer }: CancerState
): Promise<CancerModel> {
	const uscPeriod = reportingPeriod(manifest, 'usc_referrals');
	const pcnPeriod = lastMonths(uscPeriod, PCN_FUNNEL_MONTHS);
	const [published, fds, sixtyTwoDay, monthly, byPcn] = await Promise.all([
		uscPublishedDemand(db),
		measureRows(db, 'faster_diagnosis_28d', cancer),
		measureRows(db, 'treatment_62d', cancer),
		uscMonthlyReferrals(db, { cancer, period: uscPeriod }),
		uscReferralsByPcn(db, { cancer: 'gynaecological', period: pcnPeriod })
	]);
	const cancerLabel = CANCER_CHOICE_LABEL[cancer];
	return {
		cancer,
		status: cancerSelectionStatus(cancer),
		published: uscPublishedCardModel(published),
		fds: cancerStandardCardModel({ standard: 'faster_diagnosis_28d', measures: fds, cancerLabel }),
		sixtyTwoDay: cancerStandardCardModel({
			standard: 'treatment_62d',
			measures: sixtyTwoDay,
			cancerLabel
		}),
		monthly: uscMonthlyCardModel({ rows: monthly, published, cancer, cancerLabel }),
		pcnFunnel: pcnFunnelCardModel({ rows: byPcn, period: pcnPeriod })
	};
}
