/**
 * The programme measures' figures for an area and month end, from their queries: the overview and
 * the board pack both call this, so a tile reads the same wherever it is shown.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import type { Locality } from '$lib/data/datasets';
import { SITE_SERVICES } from '$lib/data/siteServices';
import { larcRequestsByGroup } from '$lib/queries/larcInequalities';
import { hubMilestones } from '$lib/queries/serviceOffers';
import { womenWithinTravelThreshold } from '$lib/queries/travelCoverage';
import type { KpiResult } from './kpiResults';
import { deprivationRateRatioKpi, hubRequirementsKpi, travelCoverageKpi } from './programmeKpis';
import { LARC_TRAVEL_THRESHOLD_MINUTES } from './programmeRegistry';

/** Months of the ratio's sparkline, each the 12 months to its month end. */
const RATIO_TREND_MONTHS = 12;

/** The last day of the month `months` before the one `isoDate` falls in. */
function monthEndBefore(isoDate: string, months: number): string {
	const [year, month] = isoDate.split('-').map(Number);
	return new Date(Date.UTC(year, month - months, 0)).toISOString().slice(0, 10);
}

export async function loadProgrammeKpis(
	db: AnalyticsDatabase,
	a: { locality: Locality | null; monthEnd: string }
): Promise<KpiResult[]> {
	const service = SITE_SERVICES.larc_gynaecological;
	const ends = Array.from({ length: RATIO_TREND_MONTHS }, (_, k) =>
		monthEndBefore(a.monthEnd, RATIO_TREND_MONTHS - 1 - k)
	);
	const [coverage, byQuintile, milestones] = await Promise.all([
		womenWithinTravelThreshold(db, {
			service: service.code,
			ageBands: service.bands,
			threshold: LARC_TRAVEL_THRESHOLD_MINUTES,
			locality: a.locality
		}),
		larcRequestsByGroup(db, { grouping: 'imd-quintile', ends }),
		hubMilestones(db, { asAt: a.monthEnd })
	]);
	return [
		travelCoverageKpi(coverage, { threshold: LARC_TRAVEL_THRESHOLD_MINUTES, ages: service.ages }),
		deprivationRateRatioKpi(byQuintile, 'contraceptive', ends),
		hubRequirementsKpi(
			milestones.find((m) => m.locality === a.locality),
			a.monthEnd
		)
	];
}
