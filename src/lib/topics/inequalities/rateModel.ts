/**
 * The LARC rates' part of the /inequalities page (women waiting and requests per 1,000 women):
 * the card by the chosen grouping, the headline, the slope index by quarter and the rates by PCN
 * catchment for the map. The groups' rows are fetched by grouping, at the dates each needs.
 */
import type { PageContext } from '$lib/data/pageContext';
import { reportingPeriod } from '$lib/data/period';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import { ONE_DECIMAL } from '$lib/format/numbers';
import { hubOpenings } from '$lib/queries/hubOpenings';
import {
	larcRatesByGroupings,
	type GroupAgeRow,
	type GroupingAgeRow
} from '$lib/queries/larcInequalities';
import { rateAges } from '$lib/queries/larcRateAges';
import type { InequalityGrouping, LarcRateMeasure } from '$lib/url/inequalitiesParams';
import { byGroupCardModel } from './byGroupCard';
import type { MapMeasure } from './catchmentMapCard';
import { equityHeadline } from './equityHeadline';
import {
	ageStructuresDiffer,
	groupRates,
	widestAgeStructureGap,
	type GroupRate
} from './groupRates';
import { countedText, groupingInText, perThousand, whenText } from './labels';
import type { MeasureEstimates, GroupEstimate } from './measureEstimates';
import { latestMonthEnd, personYears, quarterEnds, windowEnding } from './periods';
import { siiTrendCardModel } from './siiTrendCard';
import type { InequalitiesState } from './state';

/** A rate as the map shows it: age-standardised where the catchments' ages differ, else crude. */
function asEstimates(rates: { groups: GroupRate[]; icb: GroupRate }): MeasureEstimates {
	const standardised = ageStructuresDiffer(widestAgeStructureGap(rates.groups));
	const of = (g: GroupRate): GroupEstimate => ({
		key: g.key,
		name: g.name,
		numerator: g.events,
		denominator: g.women,
		counts: [g.events],
		...(standardised ? g.standardised : g.crude)
	});
	return { groups: rates.groups.map(of), icb: of(rates.icb) };
}

export async function loadRateParts(
	ctx: PageContext,
	state: InequalitiesState & { measure: LarcRateMeasure },
	shown: (key: string) => boolean
) {
	const { db, manifest } = ctx;
	const { measure, reason, grouping } = state;
	const extract = reportingPeriod(manifest, 'larc_requests');
	const latest = latestMonthEnd(extract);
	const quarters = quarterEnds(extract, measure);
	const trendEnds = quarters.at(-1) === latest ? quarters : [...quarters, latest];
	// The slope index needs ordered deprivation groups: deciles if chosen, otherwise quintiles.
	const imdGrouping = grouping === 'imd-decile' ? 'imd-decile' : 'imd-quintile';
	// One query for every grouping the page shows: the IMD trend, the chosen grouping, the
	// headline's quintiles and the map's PCN catchments (one scan of the requests).
	const [rows, hubs] = await Promise.all([
		larcRatesByGroupings(db, {
			measure,
			sets: [
				{ grouping: imdGrouping, ends: trendEnds },
				{ grouping, ends: [latest] },
				{ grouping: 'imd-quintile', ends: [latest] },
				{ grouping: 'pcn', ends: [latest] }
			]
		}),
		hubOpenings(db)
	]);
	const of = (g: InequalityGrouping): GroupAgeRow[] =>
		rows.filter((r: GroupingAgeRow) => r.grouping === g);
	const imdRows = of(imdGrouping);
	const window = windowEnding(latest, measure);
	const years = personYears(window, measure);
	const ages = rateAges(reason);
	const shared = { measure, reason, window, years, ages };
	const when = whenText(measure, window);
	const counted = countedText(measure, reason);
	const mapMeasure: MapMeasure = {
		kind: 'synthetic',
		name: `${counted[0].toUpperCase()}${counted.slice(1)}`,
		unit: perThousand(measure, ages),
		plain: ONE_DECIMAL.text,
		when,
		period: window,
		source: SOURCE.larcInequalities,
		fileStem: `larc-${reason}-${measure}`
	};
	const pcnRates = groupRates(of('pcn'), {
		reason,
		periodEnd: window.to,
		years
	});

	return {
		status:
			`Showing ${counted} ${perThousand(measure, ages)} ${when}, by ${groupingInText(grouping)}, ` +
			`for ${ICB_AREA}.`,
		headline: equityHeadline({ ...shared, quintileRows: of('imd-quintile') }),
		byGroup: byGroupCardModel({ ...shared, grouping, rows: of(grouping), shown }),
		trend: siiTrendCardModel({
			measure,
			reason,
			grouping: imdGrouping,
			rows: imdRows,
			ends: trendEnds,
			ages,
			hubs: hubs.map((h) => ({ hubName: h.hub_name, openDate: h.open_date }))
		}),
		map: { measure: mapMeasure, pcns: asEstimates(pcnRates) }
	};
}
