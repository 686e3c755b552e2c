/**
 * Everything the /rtt page shows, as plain data: gynaecology RTT completed pathways at the trust,
 * the month chosen (or the latest), and each card's model. It runs on any `AnalyticsDatabase`:
 * native DuckDB on the server, DuckDB-WASM in the browser.
 */
import type { PageContext } from '$lib/data/pageContext';
import { formatMonth } from '$lib/format/numbers';
import { GYNAECOLOGY_SERVICE, rttMonthlySummary, rttWeeklyBands } from '$lib/queries/rttCompleted';
import { chooseMonth } from '$lib/url/monthParam';
import { rttDistributionCardModel, type RttDistributionCardModel } from './rttDistributionCard';
import { rttMonthlyCardModel, type RttMonthlyCardModel } from './rttMonthlyCard';
import { rttMonthTable } from './rttSummaries';
import { rttSelectionStatus } from './selectionStatus';
import type { RttState } from './state';

interface RttCards {
	/** First day of the month shown. */
	period: string;
	/** The months published, for the month filter: value YYYY-MM-01, label "October 2025". */
	monthOptions: { value: string; label: string }[];
	/** The page's status message, naming the month (WCAG 4.1.3). */
	status: string;
	/** The month asked for is not published: said once, with the month shown instead. */
	problems: string[];
	distribution: RttDistributionCardModel;
	monthly: RttMonthlyCardModel;
}

/** No gynaecology months in the data at all: nothing to choose from or show. */
export type RttModel = ({ kind: 'ready' } & RttCards) | { kind: 'empty' };

export async function loadRttModel({ db }: PageContext, state: RttState): Promise<RttModel> {
	const [bands, summary] = await Promise.all([
		rttWeeklyBands(db, { treatmentFunction: GYNAECOLOGY_SERVICE }),
		rttMonthlySummary(db, { treatmentFunction: GYNAECOLOGY_SERVICE })
	]);
	const periods = [...new Set(summary.map((r) => r.period))].sort();
	const period = chooseMonth(state.month, periods);
	if (!period) return { kind: 'empty' };
	const months = rttMonthTable(summary, bands);
	const unavailable = state.month !== undefined && period !== `${state.month}-01`;
	return {
		kind: 'ready',
		period,
		monthOptions: periods.map((value) => ({ value, label: formatMonth(value) })),
		status: rttSelectionStatus(period),
		problems: unavailable
			? [
					`"${state.month}" is not a month with published data here, so ${formatMonth(period)} is shown.`
				]
			: [],
		distribution: rttDistributionCardModel({ bands, months, period }),
		monthly: rttMonthlyCardModel({ months, periods })
	};
}
