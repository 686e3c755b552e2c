/**
 * Every figure of the /access page from its data and state: pure, so the server draws the first
 * view and the browser recomputes a scenario at once (a minimum over active sites on the
 * precomputed matrix, then sums over 720 LSOAs).
 */
import { coverage, nearestSite } from './coverage';
import { coverageCardModel, type CoverageCardModel } from './coverageCard';
import { travelMapCardModel, type TravelMapCardModel } from './mapCard';
import { plannerCardModel, type PlannerCardModel } from './plannerCard';
import {
	activeSites,
	baselineSpokes,
	serviceWomen,
	suggestionWeights,
	switchableSites
} from './scenario';
import type { AccessState } from './state';
import { suggestSpokes } from './suggestSpokes';
import type { AccessData } from './types';

export interface AccessView {
	map: TravelMapCardModel;
	coverage: CoverageCardModel;
	planner: PlannerCardModel;
}

export function accessView(data: AccessData, matrix: Float64Array, state: AccessState): AccessView {
	const { service, thresholdMinutes: threshold } = state;
	const n = data.areas.length;
	const women = serviceWomen(data.areas, service);
	const baseSpokes = baselineSpokes(data.sites, service);
	const switchable = switchableSites(data.sites);
	const known = new Set(switchable.map((i) => data.sites[i].id));
	const spokes = (state.spokes ?? baseSpokes).filter((id) => known.has(id));
	const side = (chosen: readonly string[]) => {
		const active = activeSites(data.sites, service, chosen);
		const reach = nearestSite(matrix, n, active);
		return {
			active,
			reach,
			spokes: chosen,
			figures: coverage(data.areas, women, reach.minutes, threshold)
		};
	};
	const baseline = side(baseSpokes);
	const scenario = state.spokes ? side(spokes) : baseline;
	const steps = suggestSpokes({
		matrix,
		areaCount: n,
		weights: suggestionWeights(data.areas, women, state.weighting),
		women,
		active: scenario.active,
		candidates: switchable,
		threshold,
		count: state.suggestions
	});
	return {
		map: travelMapCardModel({
			data,
			reach: scenario.reach,
			active: scenario.active,
			women,
			service,
			sort: state.sort,
			descending: state.descending
		}),
		coverage: coverageCardModel({
			data,
			reach: scenario.reach,
			figures: scenario.figures,
			service
		}),
		planner: plannerCardModel({
			data,
			service,
			baseline,
			scenario,
			switchable,
			steps,
			totalWomen: scenario.figures.all.women,
			weighting: state.weighting
		})
	};
}
