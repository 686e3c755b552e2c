/**
 * Everything the /inequalities page shows for one state, as plain data: the headline, the
 * measure by the chosen grouping (and, for the LARC rates, the slope index over time), and the
 * map by modelled PCN catchment with its boundaries. It takes the database and manifest it is
 * given (native DuckDB on the server, DuckDB-WASM in the browser).
 */
import type { Topology } from 'topojson-specification';
import type { PageContext } from '$lib/data/pageContext';
import { ICB_AREA } from '$lib/csv/provenance';
import { LARC_REASONS, LOCALITIES } from '$lib/data/datasets';
import { pcnCatchments, type PcnCatchmentRow } from '$lib/queries/pcnCatchment';
import { mapBoundaries } from '$lib/queries/travelAccess';
import {
	INEQUALITY_GROUPINGS,
	INEQUALITY_MEASURES,
	isLarcRateMeasure
} from '$lib/url/inequalitiesParams';
import { localitySlug } from '$lib/url/localityParam';
import type { ByGroupCardModel } from './byGroupCard';
import { catchmentMapCardModel, type CatchmentMapCardModel } from './catchmentMapCard';
import type { EquityHeadline } from './equityHeadline';
import { GROUPING_NAME, MEASURE_NAME } from './labels';
import { measureCardModel, type MeasureCardModel } from './measureCard';
import { measureHeadline } from './measureHeadline';
import { loadOtherMeasure, reasonOf } from './otherMeasures';
import { loadRateParts } from './rateModel';
import type { SiiTrendCardModel } from './siiTrendCard';
import type { InequalitiesState } from './state';

export interface FilterOption {
	value: string;
	label: string;
	selected: boolean;
}

export interface InequalitiesModel {
	status: string;
	headline: EquityHeadline;
	filters: {
		measure: FilterOption[];
		reason: FilterOption[];
		group: FilterOption[];
		locality: FilterOption[];
	};
	/** The LARC rates' card (age-standardised where needed) and their slope index over time… */
	byGroup: ByGroupCardModel | null;
	trend: SiiTrendCardModel | null;
	/** …or the card of another measure. */
	measureCard: MeasureCardModel | null;
	map: CatchmentMapCardModel;
	/** The LSOA boundaries (TopoJSON) the map draws. */
	topology: Topology;
}

/** The boundaries in map_boundaries (data/README.md). */
const MAP_NAME = 'lsoa21_mse';

const options = <T extends string>(values: readonly T[], chosen: T, label: (v: T) => string) =>
	values.map((value) => ({ value, label: label(value), selected: value === chosen }));

function filtersOf({ measure, reason, grouping, locality }: InequalitiesState) {
	return {
		measure: options(INEQUALITY_MEASURES, measure, (m) => MEASURE_NAME[m]),
		reason: options(LARC_REASONS, reason, (r) => `${r[0].toUpperCase()}${r.slice(1)}`),
		group: options(INEQUALITY_GROUPINGS, grouping, (g) => GROUPING_NAME[g]),
		locality: [
			{ value: 'all', label: 'All localities', selected: locality === null },
			...LOCALITIES.map((l) => ({ value: localitySlug(l), label: l, selected: l === locality }))
		]
	};
}

/**
 * The groups shown: with a locality chosen, the PCNs whose catchment is in it (by PCN) or the
 * locality itself (by locality); every group otherwise, since IMD and rural-urban groups span
 * localities. The ICB value stays the whole ICB's, so each is benchmarked against it.
 */
function shownGroups(state: InequalitiesState, catchments: readonly PcnCatchmentRow[]) {
	const { locality, grouping } = state;
	if (locality === null) return () => true;
	if (grouping === 'locality') return (key: string) => key === locality;
	if (grouping !== 'pcn') return () => true;
	const pcns = new Set(catchments.filter((c) => c.locality === locality).map((c) => c.pcn_code));
	return (key: string) => pcns.has(key);
}

function localityNote({ locality, grouping }: InequalitiesState): string {
	if (locality === null) return '';
	return grouping === 'pcn' || grouping === 'locality'
		? ` Showing ${locality} only, each compared with the ICB value.`
		: ` The locality choice narrows PCNs and localities only: IMD and rural-urban groups span localities.`;
}

export async function loadInequalitiesModel(
	ctx: PageContext,
	state: InequalitiesState
): Promise<InequalitiesModel> {
	const [catchments, topology] = await Promise.all([
		pcnCatchments(ctx.db),
		mapBoundaries(ctx.db, { map: MAP_NAME })
	]);
	const shown = shownGroups(state, catchments);
	const { measure, grouping } = state;
	const common = { filters: filtersOf(state), topology: JSON.parse(topology) as Topology };
	if (isLarcRateMeasure(measure)) {
		const parts = await loadRateParts(ctx, { ...state, measure }, shown);
		return {
			...common,
			status: parts.status + localityNote(state),
			headline: parts.headline,
			byGroup: parts.byGroup,
			trend: parts.trend,
			measureCard: null,
			map: catchmentMapCardModel({ ...parts.map, pcns: parts.map.pcns.groups, catchments })
		};
	}
	const reason = reasonOf(measure, state.reason);
	const data = await loadOtherMeasure(ctx, { measure, reason, grouping });
	const { words } = data;
	return {
		...common,
		status:
			`Showing ${words.name[0].toLowerCase()}${words.name.slice(1)} (${words.unit}), of ${words.who} ` +
			`${words.when}, ${words.byText(grouping)}, for ${ICB_AREA}.` +
			(reason === state.reason ? '' : ` This measure is of ${reason} LARC only.`) +
			localityNote(state),
		headline: measureHeadline({ words, reason, groups: data.headlineEstimates.groups }),
		byGroup: null,
		trend: null,
		measureCard: measureCardModel({ words, grouping, estimates: data.estimates, shown }),
		map: catchmentMapCardModel({
			measure: words,
			pcns: data.pcnEstimates.groups,
			catchments
		})
	};
}
