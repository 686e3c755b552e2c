/**
 * Loads a measure beyond the LARC rates for the chosen grouping (and by IMD quintile for the
 * headline, when another grouping is chosen): one grouped query each, turned into estimates with
 * their intervals. The 12 months are those to the extract's latest complete month end.
 */
import type { PageContext } from '$lib/data/pageContext';
import type { LarcReason } from '$lib/data/datasets';
import { monthStart, reportingPeriod } from '$lib/data/period';
import { TRAVEL_THRESHOLD_MINUTES } from '$lib/facts';
import {
	communityFitsByGroup,
	larcWaitDaysByGroup,
	uscGynaeReferralsByPcn,
	womenWithinTravelTimeByGroup
} from '$lib/queries/inequalityMeasures';
import { rateAges } from '$lib/queries/larcRateAges';
import type { InequalityGrouping } from '$lib/url/inequalitiesParams';
import {
	medianWaitEstimates,
	referralRateEstimates,
	shareEstimates,
	type MeasureEstimates
} from './measureEstimates';
import { measureWords, type MeasureWords, type OtherMeasure } from './measureWords';
import { latestMonthEnd, windowEnding } from './periods';

export interface OtherMeasureData {
	words: MeasureWords;
	estimates: MeasureEstimates;
	/** By IMD quintile (by locality for USC referrals): what the headline compares. */
	headlineEstimates: MeasureEstimates;
	/** By PCN catchment (by registered PCN for USC referrals): what the map shows. */
	pcnEstimates: MeasureEstimates;
}

/** Community share is of gynaecological LARC only. */
export const reasonOf = (measure: OtherMeasure, reason: LarcReason): LarcReason =>
	measure === 'community-share' ? 'gynaecological' : reason;

function estimatesFor(
	ctx: PageContext,
	measure: OtherMeasure,
	reason: LarcReason,
	grouping: InequalityGrouping
): Promise<MeasureEstimates> {
	const { db, manifest } = ctx;
	const period = windowEnding(
		latestMonthEnd(reportingPeriod(manifest, 'larc_requests')),
		'requests'
	);
	switch (measure) {
		case 'median-wait':
			return larcWaitDaysByGroup(db, { grouping, reason, period }).then(medianWaitEstimates);
		case 'community-share':
			return communityFitsByGroup(db, { grouping, period }).then((rows) =>
				shareEstimates(rows, { counted: true })
			);
		case 'travel':
			return womenWithinTravelTimeByGroup(db, {
				grouping,
				reason,
				service: `larc_${reason}`,
				minutes: TRAVEL_THRESHOLD_MINUTES
			}).then((rows) => shareEstimates(rows, { counted: false }));
		case 'usc-referrals':
			return uscGynaeReferralsByPcn(db, { period: uscWindow(ctx) }).then((rows) =>
				referralRateEstimates(rows, grouping === 'pcn' ? 'pcn' : 'locality')
			);
	}
}

/** The 12 months of USC referrals to the extract's latest complete month. */
function uscWindow(ctx: PageContext) {
	const to = latestMonthEnd(reportingPeriod(ctx.manifest, 'usc_referrals'));
	return { from: monthStart(to, -11), to };
}

export async function loadOtherMeasure(
	ctx: PageContext,
	state: { measure: OtherMeasure; reason: LarcReason; grouping: InequalityGrouping }
): Promise<OtherMeasureData> {
	const { measure, grouping } = state;
	const reason = reasonOf(measure, state.reason);
	const headlineGrouping = measure === 'usc-referrals' ? 'locality' : 'imd-quintile';
	const [estimates, headlineEstimates, pcnEstimates] = await Promise.all([
		estimatesFor(ctx, measure, reason, grouping),
		grouping === headlineGrouping ? null : estimatesFor(ctx, measure, reason, headlineGrouping),
		grouping === 'pcn' ? null : estimatesFor(ctx, measure, reason, 'pcn')
	]);
	const larcWindow = windowEnding(
		latestMonthEnd(reportingPeriod(ctx.manifest, 'larc_requests')),
		'requests'
	);
	return {
		words: measureWords({
			measure,
			reason,
			window: measure === 'usc-referrals' ? uscWindow(ctx) : larcWindow,
			ages: rateAges(reason).label,
			minutes: TRAVEL_THRESHOLD_MINUTES
		}),
		estimates,
		headlineEstimates: headlineEstimates ?? estimates,
		pcnEstimates: pcnEstimates ?? estimates
	};
}
