/**
 * Planning assumptions behind the synthetic service offers and workforce (data/README.md says
 * which are assumptions and which come from a source). None of these is a published figure for
 * Mid and South Essex: the real service mapping is what the programme board is collecting.
 */
import type { ServiceLevel, WorkforceSkill } from '../../../src/lib/data/services';

/** The offers before the hubs: the start of 2023/24, when the strategy's mapping begins (assumption). */
export const BASELINE_DATE = '2023-04-01';

/**
 * Offered in person at every practice before the hubs: cervical screening and contraception are
 * additional services of the GP contract that nearly all practices provide (assumption: all do).
 */
export const BASELINE_EVERY_PRACTICE = ['cervical_screening', 'contraception'] as const;

/** Share of PCNs with a practice fitting contraceptive coils before the hubs (assumption). */
export const BASELINE_CONTRACEPTIVE_LARC_PROBABILITY = 0.5;

/** The ICB's online menopause training for primary care, open to every PCN (assumption). */
export const MENOPAUSE_TRAINING_ONLINE_DATE = '2024-04-01';

/**
 * On the day a PCN joins its locality's hub pathway (hubs.pcn_start_date): phase one in person
 * (MSE strategy: pessary services and LARC for gynaecological purposes, summer 2024), with
 * contraceptive coils fitted in the same clinics, and a virtual menopause clinic with specialist
 * advice (assumption).
 */
export const ON_JOINING: readonly { service: string; level: ServiceLevel }[] = [
	{ service: 'larc_gynaecological', level: 'clinical_in_person' },
	{ service: 'larc_contraceptive', level: 'clinical_in_person' },
	{ service: 'ring_pessary', level: 'clinical_in_person' },
	{ service: 'menopause', level: 'clinical_virtual' },
	{ service: 'menopause_advice', level: 'advice_triage' }
];

/** A joining PCN's spoke site: its own practice with this probability, else the hub (assumption). */
export const SPOKE_SITE_PROBABILITY = 0.5;

/** Core services the hub triages, 0–TRIAGE_MAX_DELAY_MONTHS months after a PCN joins (assumption). */
export const TRIAGED_AFTER_JOINING = ['preconception', 'breast_pain', 'sti_hiv'] as const;
export const TRIAGE_MAX_DELAY_MONTHS = 5;

/** Phase two (MSE strategy: existing services coordinated): steps spread over 12 months from here. */
export const PHASE_TWO_START = '2025-04-01';
export const PHASE_TWO_SPREAD_MONTHS = 12;

/**
 * Phase two for a PCN on the hub pathway: each service reaches the level with the probability
 * (assumption); a PCN not on the pathway does so with half the probability.
 */
export const PHASE_TWO_STEPS: readonly { service: string; level: ServiceLevel; p: number }[] = [
	{ service: 'menopause', level: 'clinical_in_person', p: 0.5 },
	{ service: 'preconception', level: 'clinical_virtual', p: 0.4 },
	{ service: 'breast_pain', level: 'clinical_in_person', p: 0.3 },
	{ service: 'sti_hiv', level: 'clinical_in_person', p: 0.35 },
	{ service: 'pelvic_floor', level: 'advice_triage', p: 0.6 },
	{ service: 'abortion_pathway', level: 'advice_triage', p: 0.7 },
	{ service: 'fertility_information', level: 'advice_triage', p: 0.5 },
	{ service: 'hiv_testing', level: 'clinical_in_person', p: 0.4 },
	{ service: 'postnatal_contraception', level: 'clinical_in_person', p: 0.2 },
	{ service: 'menopause_training', level: 'clinical_in_person', p: 0.6 }
];
export const OFF_PATHWAY_FACTOR = 0.5;

/** Who provides each offer (labels of the synthetic rows). */
export const PROVIDERS = {
	practices: 'GP practices',
	pcn: 'Primary care network',
	sexualHealth: 'Sexual health service with the PCN',
	physiotherapy: 'Community women’s health physiotherapy',
	abortion: 'Independent sector abortion provider (referral pathway)',
	icbTraining: 'ICB primary care training programme'
} as const;

/** Provider of a service's offer when it is not a hub's (hub offers name the hub). */
export const PROVIDER_OF_SERVICE: Readonly<Record<string, string>> = {
	sti_hiv: PROVIDERS.sexualHealth,
	hiv_testing: PROVIDERS.sexualHealth,
	pelvic_floor: PROVIDERS.physiotherapy,
	abortion_pathway: PROVIDERS.abortion,
	menopause_training: PROVIDERS.icbTraining
};

/** Clinicians who deliver each service (illustrative). */
export const CLINICIAN_TYPES: Readonly<Record<string, string>> = {
	menstrual_problems: 'GP; practice nurse',
	menopause: 'GP with menopause training; practice nurse',
	contraception: 'GP; practice nurse',
	preconception: 'GP; practice nurse',
	breast_pain: 'GP',
	ring_pessary: 'GP; practice nurse trained in ring pessaries',
	cervical_screening: 'Practice nurse',
	sti_hiv: 'Sexual health nurse; GP',
	larc_gynaecological: 'GP or nurse with FSRH Letter of Competence in intrauterine techniques',
	larc_contraceptive: 'GP or nurse with FSRH Letter of Competence in intrauterine techniques',
	pelvic_floor: 'Women’s health physiotherapist',
	abortion_pathway: 'GP; care navigator',
	fertility_information: 'GP; care navigator',
	hiv_testing: 'Practice nurse; sexual health nurse',
	postnatal_contraception: 'GP; practice nurse; midwife',
	menopause_advice: 'Menopause specialist',
	menopause_training: 'Menopause specialist (trainer)'
};

/** The workforce dataset's months start here (assumption: the programme's first skills audit). */
export const WORKFORCE_FIRST_MONTH = '2024-01';

/**
 * Per skill: clinicians per 10,000 women of the ages served before the programme, the monthly
 * chance that a clinician's competence lapses or they leave, and the training plan (assumptions).
 * LARC: the FSRH Letter of Competence in intrauterine techniques is recertified every five years,
 * so about 1 in 60 lapse a month when nobody recertifies; others leave at about 1 % a month.
 */
export interface SkillAssumption {
	/** Per 10,000 women of the ages the skill serves (WORKFORCE_SKILL_AGES). */
	baselinePer10k: number;
	monthlyLapse: number;
}

export const SKILL_ASSUMPTIONS: Readonly<Record<WorkforceSkill, SkillAssumption>> = {
	larc_fitting: { baselinePer10k: 1.5, monthlyLapse: 1 / 60 },
	ring_pessary: { baselinePer10k: 0.5, monthlyLapse: 0.01 },
	menopause: { baselinePer10k: 2, monthlyLapse: 0.01 }
};

/**
 * Training plans (assumptions). The MSE strategy's first workforce focus is menopause education
 * for primary care: two clinicians per practice a year from April 2024, in every PCN. LARC
 * fitters: one a quarter per PCN on the hub pathway from joining; ring pessaries: two on joining
 * and one every six months after.
 */
export const MENOPAUSE_PLAN_START = '2024-04';
export const MENOPAUSE_PLAN_PER_PRACTICE_A_YEAR = 2;
export const LARC_PLAN_EVERY_MONTHS = 3;
export const PESSARY_PLAN_ON_JOINING = 2;
export const PESSARY_PLAN_EVERY_MONTHS = 6;

/** Each PCN completes a share of its plan: normal around this, between 0.5 and 1 (assumption). */
export const PLAN_ACHIEVEMENT_MEAN = 0.85;
export const PLAN_ACHIEVEMENT_SD = 0.1;
