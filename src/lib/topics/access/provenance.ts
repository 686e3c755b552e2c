/** What every /access download says about where its figures come from. */
import type { Period } from '$lib/data/datasets';

/**
 * The women counted are the modelled mid-2020 female population (ONS mid-2020 estimates), so the
 * figures describe the population at 30 June 2020; the sites are today's illustrative set.
 */
export const TRAVEL_PERIOD: Period = { from: '2020-06-30', to: '2020-06-30' };

export const ACCESS_SOURCE =
	'Modelled car travel times (straight line from the LSOA population-weighted centroid × circuity ÷ ' +
	'speed by rural-urban class + terminal time; see the data dictionary) to illustrative hub, spoke ' +
	'and hospital sites (synthetic configuration, not the real sites); women from the modelled ' +
	'population (ONS mid-2020 population × Census 2021 female share); IoD 2025 (MHCLG, Open ' +
	'Government Licence v3.0)';
