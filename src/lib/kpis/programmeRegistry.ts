/**
 * The registry entries of the measures the programme's newer pages bring: travel to a LARC site
 * (/access), the gap in contraceptive LARC requests between the most and least deprived fifths
 * (/inequalities) and the hubs' minimum requirements (/services). Kept beside registry.ts, which
 * adds them to KPIS; type-only imports from it, so the two files do not load each other.
 */
import type { HubMilestoneRow } from '$lib/queries/serviceOffers';
import type { KpiDefinition } from './registry';

/** The travel threshold of the coverage KPI: the /access page's default (a local choice). */
export { DEFAULT_THRESHOLD_MINUTES as LARC_TRAVEL_THRESHOLD_MINUTES } from '$lib/topics/access/state';

/**
 * NHS England's minimum requirements for a women's health hub (PRN01296; src/lib/facts.ts), as
 * the columns of hubMilestones that date when each was first met.
 */
export const HUB_REQUIREMENT_FIELDS = [
	'clinical_two_core',
	'all_core_triaged',
	'in_person_two_core'
] as const satisfies readonly Exclude<keyof HubMilestoneRow, 'locality'>[];
export const HUB_MINIMUM_REQUIREMENTS = HUB_REQUIREMENT_FIELDS.length;
const HUB_REQUIREMENTS_SOURCE =
	"NHS England, women's health hubs minimum requirements (PRN01296): clinical support in two core " +
	'services by July 2024, all core services triaged by December 2024, and in-person support planned';

export const PROGRAMME_KPIS = {
	larc_travel_coverage: {
		id: 'larc_travel_coverage',
		title: 'Women within 30 minutes of a gynaecological LARC site (modelled)',
		definition:
			'Share of women aged 15–64 whose modelled car journey to the nearest site offering LARC for ' +
			'gynaecological reasons takes 30 minutes or less, with the illustrative sites.',
		theme: 'menstrual_gynaecological',
		numerator:
			'Women aged 15–64 in LSOAs within 30 minutes by car of a site offering gynaecological LARC',
		denominator: 'Women aged 15–64 living in the area (modelled population)',
		unit: 'proportion',
		polarity: 'higher_is_better',
		target: null,
		targetNote:
			'No national travel standard for LARC; the 30-minute threshold is the /access page’s default, a local choice.',
		method: 'modelled_share',
		disclosure: 'no_patient_counts',
		breakdowns: ['locality', 'imd_quintile'],
		source: { query: 'womenWithinTravelThreshold', model: 'travelCoverageKpi' },
		dataset: 'site_lsoa_minutes',
		kind: 'modelled',
		detail: { page: '/access', card: 'coverage' }
	},
	contraceptive_larc_deprivation_ratio: {
		id: 'contraceptive_larc_deprivation_ratio',
		title: 'Contraceptive LARC requests, most to least deprived fifth',
		definition:
			'Contraceptive LARC requests per woman aged 15–54 in the most deprived fifth of areas (IMD 2025 ' +
			'national quintile 1) ÷ the same in the least deprived fifth (quintile 5), in the 12 months to ' +
			'the month end.',
		theme: 'contraception',
		numerator: 'Requests per woman aged 15–54 in the most deprived fifth of areas, 12 months',
		denominator: 'Requests per woman aged 15–54 in the least deprived fifth of areas, 12 months',
		unit: 'ratio',
		polarity: 'no_better_direction',
		target: null,
		targetNote:
			'1 means no difference between the fifths, and need for contraception differs between areas.',
		method: 'rate_ratio',
		disclosure: 'sub_national',
		breakdowns: ['imd_quintile', 'reason'],
		source: { query: 'larcRequestsByGroup', model: 'deprivationRateRatioKpi' },
		dataset: 'larc_requests',
		kind: 'synthetic',
		detail: {
			page: '/inequalities',
			card: 'by-group',
			reason: 'contraceptive',
			measure: 'requests'
		}
	},
	hub_minimum_requirements_met: {
		id: 'hub_minimum_requirements_met',
		title: "Women's health hub minimum requirements met",
		definition:
			"NHS England's three minimum requirements for a women's health hub met at the month end: by the " +
			"ICB's first hub to meet each, or by the locality's hub when a locality is chosen.",
		theme: 'hub_programme',
		numerator: 'Minimum requirements met at the month end',
		denominator: null,
		unit: 'count',
		polarity: 'higher_is_better',
		target: {
			value: HUB_MINIMUM_REQUIREMENTS,
			label: `All ${HUB_MINIMUM_REQUIREMENTS}`,
			source: HUB_REQUIREMENTS_SOURCE
		},
		targetNote: null,
		method: 'requirements_met',
		disclosure: 'no_patient_counts',
		breakdowns: ['locality'],
		source: { query: 'hubMilestones', model: 'hubRequirementsKpi' },
		dataset: 'service_offers',
		kind: 'synthetic',
		detail: { page: '/services', card: 'milestones' }
	}
} satisfies Record<string, KpiDefinition>;
