/**
 * The headline KPIs by id, with no other imports, so the data build (scripts/, which has no `$lib`
 * alias) can check an interventions log names only KPIs that exist. Their definitions are in
 * registry.ts.
 */
export const KPI_IDS = [
	'gynae_larc_waiting',
	'gynae_larc_within_target',
	'contraceptive_larc_waiting',
	'gynae_larc_community_share',
	'pessary_changes_overdue',
	'fds_gynaecology',
	'rtt_gynaecology_within_18_weeks',
	'larc_travel_coverage',
	'contraceptive_larc_deprivation_ratio',
	'hub_minimum_requirements_met'
] as const;
export type KpiId = (typeof KPI_IDS)[number];
