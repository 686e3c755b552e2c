/**
 * Women's health services as the dashboard names them: the levels a PCN can offer a service at,
 * the catalogue's scopes and phases, and the clinical skills the workforce dataset counts. Shared
 * by the data build, the queries and every page that shows services (the services page, travel
 * times), so a code means the same everywhere. The catalogue itself is data
 * (data/service_catalogue.csv → service_catalogue).
 */
import { AGE_BANDS, type AgeBand } from './datasets';

/**
 * What a PCN offers, lowest first. NHS England's minimum requirements for hubs (PRN01296) count
 * clinical support, virtual or in person; a website or signposting alone does not count, so it is
 * "not offered" here.
 */
export const SERVICE_LEVELS = [
	'not_offered',
	'advice_triage',
	'clinical_virtual',
	'clinical_in_person'
] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** The level's rank as SQL computes it (0 = not offered … 3 = clinical, in person). */
export const SERVICE_LEVEL_RANK_SQL = `list_position(['${SERVICE_LEVELS.join("', '")}'], level) - 1`;

/** national_core: one of the eight core services for hubs; local: added by the MSE strategy. */
export const SERVICE_SCOPES = ['national_core', 'local'] as const;
export type ServiceScope = (typeof SERVICE_SCOPES)[number];

/** MSE strategy: phase one (summer 2024) pessaries and gynaecological LARC; phase two the rest. */
export const SERVICE_PHASES = [1, 2] as const;
export type ServicePhase = (typeof SERVICE_PHASES)[number];

/** The clinical skills the workforce dataset counts clinicians with. */
export const WORKFORCE_SKILLS = ['larc_fitting', 'ring_pessary', 'menopause'] as const;
export type WorkforceSkill = (typeof WORKFORCE_SKILLS)[number];

/**
 * The women each skill serves, the denominator of clinicians per 10,000 women: the ages of the
 * catalogue's services the skill delivers (LARC: contraceptive 15–54 and gynaecological 15–64, the
 * ages of the dashboard's LARC rates; ring pessary 45 and over; menopause 45–64).
 */
export const WORKFORCE_SKILL_AGES: Readonly<Record<WorkforceSkill, readonly AgeBand[]>> = {
	larc_fitting: ['15-24', '25-34', '35-44', '45-54', '55-64'],
	ring_pessary: ['45-54', '55-64', '65+'],
	menopause: ['45-54', '55-64']
};

/** SQL: an age band's position in AGE_BANDS (1 = 0-14), to compare bands as ranges. */
export const ageBandRankSql = (column: string) =>
	`list_position(['${AGE_BANDS.join("', '")}'], ${column})`;
