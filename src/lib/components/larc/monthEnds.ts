/** Month ends of a period, for month pickers. */
import type { Period } from '$lib/data/datasets';

export function monthEnds(period: Period): string[] {
	const ends: string[] = [];
	const [y, m] = period.from.split('-').map(Number);
	for (let i = 0; ; i++) {
		const end = new Date(Date.UTC(y, m - 1 + i + 1, 0)).toISOString().slice(0, 10);
		if (end > period.to) return ends;
		ends.push(end);
	}
}
