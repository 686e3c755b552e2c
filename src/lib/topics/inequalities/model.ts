/**
 * Everything the /inequalities page shows for one state, as plain data: the equity headline, the
 * measure by the chosen grouping, and the slope index over time. It takes the database and
 * manifest it is given (native DuckDB on the server, DuckDB-WASM in the browser).
 */
import type { PageContext } from '$lib/data/pageContext';
import { reportingPeriod } from '$lib/data/period';
import { ICB_AREA } from '$lib/csv/provenance';
import { hubOpenings } from '$lib/queries/hubOpenings';
import { larcRequestsByGroup, larcWaitingByGroup } from '$lib/queries/larcInequalities';
import { rateAges } from '$lib/queries/larcRateAges';
import { LARC_REASONS } from '$lib/data/datasets';
import {
	INEQUALITY_GROUPINGS,
	INEQUALITY_MEASURES,
	isLarcRateMeasure,
	type LarcRateMeasure
} from '$lib/url/inequalitiesParams';
import { byGroupCardModel, type ByGroupCardModel } from './byGroupCard';
import { equityHeadline, type EquityHeadline } from './equityHeadline';
import {
	countedText,
	GROUPING_NAME,
	groupingInText,
	MEASURE_NAME,
	perThousand,
	whenText
} from './labels';
import { latestMonthEnd, personYears, quarterEnds, windowEnding } from './periods';
import { measureCardModel, type MeasureCardModel } from './measureCard';
import { measureHeadline } from './measureHeadline';
import type { OtherMeasure } from './measureWords';
import { loadOtherMeasure, reasonOf } from './otherMeasures';
import { siiTrendCardModel, type SiiTrendCardModel } from './siiTrendCard';
import type { InequalitiesState } from './state';

export interface FilterOption {
	value: string;
	label: string;
	selected: boolean;
}

export interface InequalitiesModel {
	status: string;
	headline: EquityHeadline;
	filters: { measure: FilterOption[]; reason: FilterOption[]; group: FilterOption[] };
	/** The LARC rates' card (age-standardised where needed) and their slope index over time… */
	byGroup: ByGroupCardModel | null;
	trend: SiiTrendCardModel | null;
	/** …or the card of another measure. */
	measureCard: MeasureCardModel | null;
}

const options = <T extends string>(values: readonly T[], chosen: T, label: (v: T) => string) =>
	values.map((value) => ({ value, label: label(value), selected: value === chosen }));

function filtersOf({ measure, reason, grouping }: InequalitiesState) {
	return {
		measure: options(INEQUALITY_MEASURES, measure, (m) => MEASURE_NAME[m]),
		reason: options(LARC_REASONS, reason, (r) => `${r[0].toUpperCase()}${r.slice(1)}`),
		group: options(INEQUALITY_GROUPINGS, grouping, (g) => GROUPING_NAME[g])
	};
}

export async function loadInequalitiesModel(
	ctx: PageContext,
	state: InequalitiesState
): Promise<InequalitiesModel> {
	const { measure } = state;
	return isLarcRateMeasure(measure)
		? loadRateModel(ctx, { ...state, measure })
		: loadOtherMeasureModel(ctx, { ...state, measure });
}

async function loadOtherMeasureModel(
	ctx: PageContext,
	state: InequalitiesState & { measure: OtherMeasure }
): Promise<InequalitiesModel> {
	const { measure, grouping } = state;
	const reason = reasonOf(measure, state.reason);
	const { words, estimates, headlineEstimates } = await loadOtherMeasure(ctx, {
		measure,
		reason,
		grouping
	});
	return {
		status:
			`Showing ${words.name[0].toLowerCase()}${words.name.slice(1)} (${words.unit}), of ${words.who} ` +
			`${words.when}, ${words.byText(grouping)}, for ${ICB_AREA}.` +
			(reason === state.reason ? '' : ` This measure is of ${reason} LARC only.`),
		headline: measureHeadline({ words, reason, groups: headlineEstimates.groups }),
		filters: filtersOf(state),
		byGroup: null,
		trend: null,
		measureCard: measureCardModel({ words, grouping, estimates })
	};
}

async function loadRateModel(
	ctx: PageContext,
	state: InequalitiesState & { measure: LarcRateMeasure }
): Promise<InequalitiesModel> {
	const { db, manifest } = ctx;
	const { measure, reason, grouping } = state;
	const extract = reportingPeriod(manifest, 'larc_requests');
	const latest = latestMonthEnd(extract);
	const quarters = quarterEnds(extract, measure);
	const trendEnds = quarters.at(-1) === latest ? quarters : [...quarters, latest];
	// The slope index needs ordered deprivation groups: deciles if chosen, otherwise quintiles.
	const imdGrouping = grouping === 'imd-decile' ? 'imd-decile' : 'imd-quintile';
	const byGroup = measure === 'requests' ? larcRequestsByGroup : larcWaitingByGroup;
	const [imdRows, groupRows, quintileRows, hubs] = await Promise.all([
		byGroup(db, { grouping: imdGrouping, ends: trendEnds }),
		grouping === imdGrouping ? null : byGroup(db, { grouping, ends: [latest] }),
		imdGrouping === 'imd-quintile'
			? null
			: byGroup(db, { grouping: 'imd-quintile', ends: [latest] }),
		hubOpenings(db)
	]);
	const window = windowEnding(latest, measure);
	const years = personYears(window, measure);
	const ages = rateAges(reason);
	const shared = { measure, reason, window, years, ages };

	return {
		status:
			`Showing ${countedText(measure, reason)} ${perThousand(measure, ages)} ` +
			`${whenText(measure, window)}, by ${groupingInText(grouping)}, for ${ICB_AREA}.`,
		headline: equityHeadline({ ...shared, quintileRows: quintileRows ?? imdRows }),
		filters: filtersOf(state),
		byGroup: byGroupCardModel({ ...shared, grouping, rows: groupRows ?? imdRows }),
		trend: siiTrendCardModel({
			measure,
			reason,
			grouping: imdGrouping,
			rows: imdRows,
			ends: trendEnds,
			ages,
			hubs: hubs.map((h) => ({ hubName: h.hub_name, openDate: h.open_date }))
		}),
		measureCard: null
	};
}
