/** Words for RTT weekly bands, as the published files name them ("> 17 to 18 weeks", "104 plus"). */
import type { HistogramBin } from '$lib/components/charts/histogram/types';

export function describeWeeksBand(bin: Pick<HistogramBin, 'from' | 'to'>): string {
	return bin.to === null
		? `more than ${bin.from} weeks`
		: `more than ${bin.from} and up to ${bin.to} weeks`;
}

export function shortWeeksBand(bin: Pick<HistogramBin, 'from' | 'to'>): string {
	return bin.to === null ? `${bin.from}+` : `>${bin.from}–${bin.to}`;
}
