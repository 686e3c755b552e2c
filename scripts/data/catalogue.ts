/**
 * What each published dataset is: its kind, vintage, one-line description and the row order its
 * Parquet file is written in (a fixed order makes the same rows give the same file).
 * Column-level definitions are in data/README.md.
 */
import type { DataKind, DatasetName } from '../../src/lib/data/datasets';
import { AGE_BANDS } from '../../src/lib/data/datasets';
import { formatDay, formatMonth, monthEndDay, monthStartDay } from './synthetic/calendar';
import { BASELINE_DATE, WORKFORCE_FIRST_MONTH } from './synthetic/serviceAssumptions';
import { USC_FIRST_MONTH } from './synthetic/uscAssumptions';

export interface DatasetDescription {
	name: DatasetName;
	kind: DataKind;
	vintage: string;
	description: string;
	orderBy: string;
	/** The dates activity data covers (reporting window), for datasets that have one. */
	period?: { from: string; to: string; completeFrom?: string };
}

export interface CatalogueContext {
	windowStart: number;
	endMonth: number;
	/** e.g. 'Sep 2025 – Nov 2025', from the RTT files used. */
	rttVintage: string;
	/** e.g. 'Jul 2021, Jul 2022, Jul 2023, Jul 2024', from the CWT periods. */
	cwtVintage: string;
}

const bandOrder = `list_position([${AGE_BANDS.map((band) => `'${band}'`).join(', ')}], age_band)`;

export function describeDatasets(context: CatalogueContext): DatasetDescription[] {
	const window = `${formatMonth(context.windowStart)} to ${formatMonth(context.endMonth)} (36 months)`;
	const period = {
		from: formatDay(monthStartDay(context.windowStart)),
		to: formatDay(monthEndDay(context.endMonth))
	};
	return [
		{
			name: 'geography_lsoa',
			kind: 'real',
			vintage:
				'LSOA 2021; wards and LADs 2024; IoD 2025; RUC 2021; LSOA 2011 population-weighted centroids',
			description:
				'The 720 LSOAs of Mid and South Essex with ward, local authority, locality, sub-ICB, IMD 2025, rural-urban class and population-weighted centroid.',
			orderBy: 'lsoa21_code'
		},
		{
			name: 'population_female_lsoa',
			kind: 'modelled',
			vintage:
				'ONS mid-2020 persons (LSOA 2011) × Census 2021 female share by local authority and broad age',
			description:
				'Estimated women by LSOA and age band (unrounded): no open LSOA-level female population exists, see data/README.md.',
			orderBy: `lsoa21_code, ${bandOrder}`
		},
		{
			name: 'practices',
			kind: 'real',
			vintage:
				'ODS epraccur Dec 2023; PCN membership 2022/23 (ePCN, practice map Jan 2022); NHS website locations 2019',
			description:
				'The 147 active GP practices (status A, prescribing setting 4) with PCN, sub-ICB, locality and location.',
			orderBy: 'practice_code'
		},
		{
			name: 'pcns',
			kind: 'real',
			vintage: 'ODS ePCN 2022/23',
			description:
				'The 27 primary care networks with sub-ICB, locality and number of active practices.',
			orderBy: 'pcn_code'
		},
		{
			name: 'hubs',
			kind: 'synthetic',
			vintage: 'Planning assumption: phase one hubs open July–September 2024',
			description:
				'Illustrative women’s health hub per locality (host practice, opening date) and when each PCN joins its pathway (NULL = not joined). Not the real sites or dates.',
			orderBy: 'locality, pcn_code'
		},
		{
			name: 'interventions',
			kind: 'synthetic',
			vintage: 'Planning assumption: from the hubs plan (phase one July–December 2024)',
			description:
				'Interventions log the SPC charts mark and may be rebased at: phase one across the ICB, each hub opening and each PCN spoke starting LARC, with the KPIs each touches. Illustrative dates, from the hubs plan.',
			orderBy: 'date, intervention_id'
		},
		{
			name: 'larc_requests',
			kind: 'synthetic',
			vintage: window,
			description:
				'Synthetic demonstration LARC requests (gynaecological and contraceptive) with fit, setting and removal; calibrated to real population, not patient records.',
			orderBy: 'request_id',
			// Requests still open when the window began are carried over, so fits, removals and the
			// list at each month end are complete from the first day.
			period: { ...period, completeFrom: period.from }
		},
		{
			name: 'pessary_activity',
			kind: 'synthetic',
			vintage: window,
			description:
				'Synthetic demonstration ring pessary first fits and routine changes with due and done dates and setting; not patient records.',
			orderBy: 'episode_id',
			// Episodes are those due in the window: a change due before it and done in its first
			// month is missing, so episodes done are complete only from the second month.
			period: { ...period, completeFrom: formatDay(monthStartDay(context.windowStart + 1)) }
		},
		{
			name: 'rtt_completed',
			kind: 'real',
			vintage: context.rttVintage,
			description:
				'NHS England RTT completed pathways for MSE NHS FT (RAJ) by treatment function, admitted/non-admitted and weekly band.',
			orderBy: 'period, pathway, treatment_function_code, weeks_from'
		},
		{
			name: 'cancer_waiting_times',
			kind: 'real',
			vintage: context.cwtVintage,
			description:
				'NHS England Cancer Waiting Times (commissioner-based) for MSE CCGs and ICB QH8: 14-day, 28-day FDS, 31-day and 62-day measures.',
			orderBy: 'ALL'
		},
		{
			name: 'usc_referrals',
			kind: 'synthetic',
			vintage: `${formatMonth(USC_FIRST_MONTH)} to ${formatMonth(context.endMonth)}`,
			description:
				'Synthetic demonstration urgent suspected cancer referrals by PCN, month and suspected cancer (gynaecological, other); ICB totals equal the published Cancer Waiting Times totals in the months published. Not patient records.',
			orderBy: 'month, pcn_code, suspected_cancer',
			period: {
				from: formatDay(monthStartDay(USC_FIRST_MONTH)),
				to: formatDay(monthEndDay(context.endMonth))
			}
		},
		{
			name: 'service_catalogue',
			kind: 'real',
			vintage:
				'National core services (Menstrual Health Coalition FOI survey of ICBs); MSE women’s health strategy 2024/25',
			description:
				'The women’s health services the dashboard maps: code, label, national core or local, phase one or two, the core service a part belongs to, and the ages of women each serves. Configuration from data/service_catalogue.csv.',
			orderBy: 'display_order'
		},
		{
			name: 'population_female_pcn',
			kind: 'modelled',
			vintage: 'The LSOA female population estimates shared out by the modelled registration',
			description:
				'Estimated women registered with each PCN by age band (unrounded): the LSOA estimates shared among nearby practices in the same locality, see data/README.md.',
			orderBy: `pcn_code, ${bandOrder}`
		},
		{
			name: 'service_offers',
			kind: 'synthetic',
			vintage: `${BASELINE_DATE.slice(0, 7)} to ${formatMonth(context.endMonth)}`,
			description:
				'Synthetic demonstration service offers: the level each PCN offers each service at, from when, where, by whom. Phase one starts when a PCN joins its hub pathway (hubs). Not the real service map.',
			orderBy: 'pcn_code, service_code, start_date',
			period: { from: BASELINE_DATE, to: formatDay(monthEndDay(context.endMonth)) }
		},
		{
			name: 'workforce',
			kind: 'synthetic',
			vintage: `${WORKFORCE_FIRST_MONTH} to ${formatMonth(context.endMonth)}`,
			description:
				'Synthetic demonstration workforce: clinicians with current LARC fitting, ring pessary and menopause competence by PCN and month, with training completions against plan. Not real staff records.',
			orderBy: 'month, pcn_code, skill',
			period: {
				from: `${WORKFORCE_FIRST_MONTH}-01`,
				to: formatDay(monthEndDay(context.endMonth))
			}
		},
		{
			name: 'access_lsoa',
			kind: 'real',
			vintage: 'LSOA 2011 population-weighted centroids, LSOA 2021 boundaries; IoD 2025',
			description:
				'Where each LSOA’s modelled journeys start (population-weighted centroid, refined for split LSOAs) and its IoD 2025 public transport connectivity score.',
			orderBy: 'lsoa21_code'
		},
		{
			name: 'sites',
			kind: 'synthetic',
			vintage:
				'Illustrative configuration on ODS practices Dec 2023 and NHS website locations 2019',
			description:
				'Illustrative hub, spoke and hospital sites, and every other practice as a candidate spoke. Not the real hub and spoke sites.',
			orderBy: 'site_id'
		},
		{
			name: 'site_services',
			kind: 'synthetic',
			vintage: 'Illustrative configuration',
			description:
				'Which services each site offers (site × service code); illustrative until the service-mapping data replaces it.',
			orderBy: 'site_id, service_code'
		},
		{
			name: 'site_lsoa_minutes',
			kind: 'modelled',
			vintage: 'Travel model with the default constants (data/README.md)',
			description:
				'Modelled car minutes from each LSOA to each site (site, LSOA, mode, minutes, source): the contract a routed matrix can replace.',
			orderBy: 'site_id, lsoa21_code, mode'
		},
		{
			name: 'map_boundaries',
			kind: 'real',
			vintage: 'ONS LSOA 2021 boundaries (generalised 20 m), simplified at build time',
			description:
				'The 720 LSOA boundaries with local authority and locality outlines, as one TopoJSON topology.',
			orderBy: 'map'
		}
	];
}
