/**
 * Everything the /services page shows, as plain data: which services each PCN offers on the
 * as-at date (the end of the service offer extract), the gaps in phase-one services in words,
 * when each hub met the national minimum requirements, and the workforce behind the services.
 * It runs on any `AnalyticsDatabase`.
 */
import { ICB_AREA } from '$lib/csv/provenance';
import type { PageContext } from '$lib/data/pageContext';
import { monthStart, reportingPeriod } from '$lib/data/period';
import { formatDay } from '$lib/format/numbers';
import {
	hubMilestones,
	serviceCatalogue,
	serviceCoverage,
	serviceLevelsAsAt,
	type ServiceCatalogueRow
} from '$lib/queries/serviceOffers';
import { trainingAgainstPlan, workforceByPcn } from '$lib/queries/workforce';
import { coverageMatrixCardModel, type CoverageMatrixCardModel } from './coverageMatrix';
import { serviceGaps, type ServiceGap } from './gaps';
import { milestoneCardModel, type MilestoneCardModel } from './milestones';
import {
	defaultDirection,
	SERVICE_GROUP_LABEL,
	SORT_BY_PCN,
	type ServiceGroup,
	type ServicesState
} from './state';
import { workforceCardModel, type WorkforceCardModel } from './workforceCard';

export interface ServicesModel {
	asAt: string;
	/** The state the page shows (a sort by a service not shown falls back to PCN name). */
	state: ServicesState;
	status: string;
	problems: string[];
	gaps: ServiceGap[];
	gapsHeading: string;
	coverage: CoverageMatrixCardModel;
	milestones: MilestoneCardModel;
	workforce: WorkforceCardModel;
}

const IN_GROUP: Record<ServiceGroup, (s: ServiceCatalogueRow) => boolean> = {
	all: () => true,
	core: (s) => s.scope === 'national_core',
	local: (s) => s.scope === 'local',
	'phase-1': (s) => s.phase === 1
};

export async function loadServicesModel(
	{ db, manifest }: PageContext,
	asked: ServicesState
): Promise<ServicesModel> {
	const asAt = reportingPeriod(manifest, 'service_offers').to;
	const month = monthStart(asAt);
	const locality = asked.locality;
	const [catalogue, allLevels, coverage, milestoneRows, byPcn, training] = await Promise.all([
		serviceCatalogue(db),
		serviceLevelsAsAt(db, { asAt }),
		serviceCoverage(db, { asAt, locality }),
		hubMilestones(db, { asAt }),
		workforceByPcn(db, { month, locality }),
		trainingAgainstPlan(db, { month, locality })
	]);
	const services = catalogue.filter(IN_GROUP[asked.group]);
	const problems: string[] = [];
	let state = asked;
	if (asked.sort !== SORT_BY_PCN && !services.some((s) => s.service_code === asked.sort)) {
		problems.push(`"${asked.sort}" is not a service shown, so PCNs are sorted by name.`);
		state = { ...asked, sort: SORT_BY_PCN, dir: defaultDirection(SORT_BY_PCN) };
	}
	const codes = new Set(services.map((s) => s.service_code));
	const levels = allLevels.filter(
		(r) => codes.has(r.service_code) && (locality === null || r.locality === locality)
	);
	const area = locality ?? ICB_AREA;
	const sortedBy = catalogue.find((s) => s.service_code === state.sort);
	// Gaps are in the phase-one services whichever services the matrix shows.
	const gaps = serviceGaps(
		allLevels.filter((r) => locality === null || r.locality === locality),
		catalogue
	);
	return {
		asAt,
		state,
		status:
			`Showing services as at ${formatDay(asAt)} in ${locality ?? 'all localities'}: ` +
			`${SERVICE_GROUP_LABEL[state.group].toLowerCase()}, PCNs sorted by ` +
			(sortedBy
				? `${sortedBy.short_label} (${state.dir === 'desc' ? 'highest level first' : 'lowest level first'}).`
				: `name (${state.dir === 'asc' ? 'A to Z' : 'Z to A'}).`),
		problems,
		gaps,
		gapsHeading: `Gaps in phase-one services in ${locality ?? 'each locality'}`,
		coverage: coverageMatrixCardModel({ services, levels, coverage, state, asAt, area }),
		milestones: milestoneCardModel({ rows: milestoneRows, asAt }),
		workforce: workforceCardModel({ byPcn, training, month, area })
	};
}
