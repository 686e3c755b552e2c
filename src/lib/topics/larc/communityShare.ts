/**
 * Community share of gynaecological LARC with Wilson 95 % intervals, by month and by PCN. A share
 * and its interval are withheld wherever either count is 1–7: the share with either end of the
 * interval gives both counts back.
 */
import { wilsonLower, wilsonUpper } from '$lib/stats/confidenceIntervals';
import { isSuppressedCount } from '$lib/stats/disclosure';
import {
	proportionFunnelLimits,
	proportionFunnelSignificance,
	type FunnelSignificance
} from '$lib/stats/funnels';

/** DHSC women's health hubs cost-benefit analysis: 50 % of gynaecological LARC in hubs. */
export const NATIONAL_SCENARIO_SHARE = 0.5;

export interface ShareWithInterval {
	community: number;
	all: number;
	share: number;
	lower: number;
	upper: number;
}

/** The counts a share and its interval come from. */
export const shareCounts = (s: Pick<ShareWithInterval, 'community' | 'all'>): readonly number[] => [
	s.community,
	s.all
];

/** Whether a share (and its interval) must be withheld. */
export const isWithheldShare = (s: Pick<ShareWithInterval, 'community' | 'all'>) =>
	shareCounts(s).some(isSuppressedCount);

export function shareWithInterval(community: number, all: number): ShareWithInterval | null {
	if (all === 0) return null;
	return {
		community,
		all,
		share: community / all,
		lower: wilsonLower(community, all, 0.95),
		upper: wilsonUpper(community, all, 0.95)
	};
}

export interface PcnShare extends ShareWithInterval {
	pcnCode: string;
	pcnName: string;
	locality: string;
	significance: FunnelSignificance;
}

export function pcnFunnel(
	rows: readonly {
		pcn_code: string;
		pcn_name: string;
		locality: string;
		community_fits: number;
		all_fits: number;
	}[]
) {
	const usable = rows.filter((r) => r.all_fits > 0);
	if (usable.length === 0) return null;
	const counts = usable.map((r) => ({ numerator: r.community_fits, denominator: r.all_fits }));
	const significance = proportionFunnelSignificance(counts);
	// Funnel limits as proportions (multiplier 1) so they sit on the same axis as the shares.
	const limits = proportionFunnelLimits(counts, { multiplier: 1 });
	const pcns: PcnShare[] = usable.map((r, i) => ({
		...shareWithInterval(r.community_fits, r.all_fits)!,
		pcnCode: r.pcn_code,
		pcnName: r.pcn_name,
		locality: r.locality,
		significance: significance[i]
	}));
	return { pcns, limits };
}
