/**
 * What each Cancer Waiting Times file (or sheet of the 2021–2023 long file) measures. Standards:
 * - two_week_wait: urgent GP referral for suspected cancer to first appointment within 14 days
 *   (93 % operational standard until 30 September 2023);
 * - two_week_wait_breast_symptomatic: the same for breast symptoms, cancer not suspected;
 * - usc_first_appointment / breast_symptomatic_first_appointment: the same measures published
 *   from October 2023, when the 14-day standards were retired (no target; 14-day threshold kept);
 * - faster_diagnosis_28d: told cancer diagnosed or ruled out within 28 days (FDS; 75 %
 *   operational standard; yearly ambitions in src/lib/kpis/cancerStandards.ts);
 * - treatment_31d: decision to treat to treatment within 31 days (96 %);
 * - treatment_62d: referral to first treatment within 62 days (85 %). Before October 2023 the
 *   route-specific standards were published separately (urgent GP referral, screening,
 *   consultant upgrade); from October 2023 one combined standard ('all_routes').
 */

export interface CwtRecord {
	period: number;
	org_code: string;
	org_name: string;
	org_level: 'CCG' | 'ICB';
	standard: string;
	threshold_days: number;
	referral_route: string | null;
	cancer_type: string | null;
	treatment_stage: string | null;
	treatment_modality: string | null;
	total: number | null;
	within_standard: number | null;
	after_standard: number | null;
	source_file: string;
}

export interface CwtSheetSpec {
	file: string;
	/** First day of the month reported, YYYY-MM-DD. */
	period: string;
	standard: string;
	thresholdDays: number;
	/** A fixed route for the whole sheet, or the column holding it. */
	route?: string;
	routeColumn?: string;
	cancerTypeColumn?: string;
	stageColumn?: string;
	modalityColumn?: string;
	withinColumn: string;
	/** Summed for after_standard (one column where the sheet publishes "after" directly). */
	afterColumns: string[];
}

const JULY_2024 = '2024-07-01';
const QH8 = (sheet: string) => `cwt_commissioner_QH8_2024-07_${sheet}.csv`;
const AFTER_14_DAYS = ['IN 15 TO 16 DAYS', 'IN 17 TO 21 DAYS', 'IN 22 TO 28 DAYS', 'AFTER 28 DAYS'];
const fds = {
	standard: 'faster_diagnosis_28d',
	thresholdDays: 28,
	withinColumn: 'WITHIN 28 DAYS',
	afterColumns: ['AFTER 28 DAYS']
};
const days31 = {
	standard: 'treatment_31d',
	thresholdDays: 31,
	withinColumn: 'WITHIN 31 DAYS',
	afterColumns: ['AFTER 31 DAYS'],
	stageColumn: 'TREATMENT STAGE'
};
const days62 = {
	standard: 'treatment_62d',
	thresholdDays: 62,
	withinColumn: 'WITHIN 62 DAYS',
	afterColumns: ['AFTER 62 DAYS'],
	routeColumn: 'REFERRAL ROUTE'
};

export const cwtQh8Files: CwtSheetSpec[] = [
	{ file: QH8('28_day_fds_all_routes'), period: JULY_2024, ...fds, routeColumn: 'REFERRAL ROUTE' },
	{
		file: QH8('28_day_fds_by_route'),
		period: JULY_2024,
		...fds,
		routeColumn: 'REFERRAL ROUTE',
		cancerTypeColumn: 'SUSPECTED CANCER OR BREAST SYMPTOMATIC (2)'
	},
	{ file: QH8('31_day_all_cancer'), period: JULY_2024, ...days31, cancerTypeColumn: 'CANCER TYPE' },
	{
		file: QH8('31_day_by_cancer'),
		period: JULY_2024,
		...days31,
		cancerTypeColumn: 'CANCER TYPE (3)'
	},
	{
		file: QH8('31_day_by_treatment_modality'),
		period: JULY_2024,
		...days31,
		modalityColumn: 'TREATMENT MODALITY (4)'
	},
	{ file: QH8('62_day_all_cancer'), period: JULY_2024, ...days62, cancerTypeColumn: 'CANCER TYPE' },
	{
		file: QH8('62_day_by_cancer'),
		period: JULY_2024,
		...days62,
		cancerTypeColumn: 'CANCER TYPE (3)'
	},
	{
		file: QH8('62_day_by_treatment_modality'),
		period: JULY_2024,
		...days62,
		modalityColumn: 'TREATMENT MODALITY (4)'
	},
	{
		file: QH8('usc_referral_to_foa'),
		period: JULY_2024,
		standard: 'usc_first_appointment',
		thresholdDays: 14,
		route: 'urgent_suspected_cancer',
		cancerTypeColumn: 'SUSPECTED TYPE OF CANCER',
		withinColumn: 'WITHIN 14 DAYS',
		afterColumns: AFTER_14_DAYS
	},
	{
		file: QH8('ubs_referral_to_fha'),
		period: JULY_2024,
		standard: 'breast_symptomatic_first_appointment',
		thresholdDays: 14,
		route: 'breast_symptomatic',
		cancerTypeColumn: 'REFERRAL REASON',
		withinColumn: 'WITHIN 14 DAYS',
		afterColumns: AFTER_14_DAYS
	}
];

interface LongSheetSpec {
	standard: string;
	thresholdDays: number;
	route?: string;
	stage?: string;
	modality?: string;
	/** Whether type_or_route holds the cancer type ('ALL CANCERS' → NULL) rather than a modality or route. */
	cancerTypeInRow: boolean;
}

const twoWeeks = { thresholdDays: 14, cancerTypeInRow: true };
const longDays62 = { standard: 'treatment_62d', thresholdDays: 62, cancerTypeInRow: true };
const longDays31 = {
	standard: 'treatment_31d',
	thresholdDays: 31,
	stage: 'subsequent',
	cancerTypeInRow: false
};

/** The 2021–2023 long file: one row per (sheet, period, organisation). */
export const cwtLongFile: { file: string; sheets: Record<string, LongSheetSpec> } = {
	file: 'cwt_commissioner_mse_jul2021-2023.csv',
	sheets: {
		'TWO WEEK WAIT-ALL CANCER': {
			...twoWeeks,
			standard: 'two_week_wait',
			route: 'urgent_suspected_cancer'
		},
		'TWO WEEK WAIT-BREAST SYMPTOMS': {
			...twoWeeks,
			standard: 'two_week_wait_breast_symptomatic',
			route: 'breast_symptomatic'
		},
		// Before October 2023, "62-day (all cancer)" was the urgent GP referral route.
		'62-DAY (ALL CANCER)': { ...longDays62, route: 'urgent_suspected_cancer' },
		'62-DAY (SCREENING)': { ...longDays62, route: 'screening' },
		'62-DAY (CONSULTANT UPGRADE)': { ...longDays62, route: 'consultant_upgrade' },
		'31-DAY FIRST TREAT (ALL CANCER)': { ...longDays31, stage: 'first', cancerTypeInRow: true },
		'31-DAY SUB TREAT (SURGERY)': { ...longDays31, modality: 'Surgery' },
		// "Drugs" is the earlier name of the anti-cancer drug regimen modality.
		'31-DAY SUB TREAT (DRUGS)': { ...longDays31, modality: 'Anti-cancer drug regimen' },
		'31-DAY SUB TREAT (RADIOTHERAPY)': { ...longDays31, modality: 'Radiotherapy' },
		'28-DAY FDS (ALL ROUTES)': {
			standard: 'faster_diagnosis_28d',
			thresholdDays: 28,
			route: 'all_routes',
			cancerTypeInRow: false
		}
	}
};
