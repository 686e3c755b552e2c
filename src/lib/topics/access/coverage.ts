/**
 * Coverage: how many women live within a threshold of the nearest site offering a service, for the
 * ICB, by locality and by IMD quintile, and which areas are furthest. Pure functions over a
 * precomputed matrix, fast enough to re-run on every change in the browser.
 */

export interface Reach {
	/** Minutes to the nearest active site, per area (Infinity when no site is active). */
	minutes: Float64Array;
	/** Index of that site in the sites list, per area (-1 when none). */
	nearest: Int32Array;
}

/** The nearest of the active sites for every area; `matrix` is site-major. */
export function nearestSite(
	matrix: Float64Array,
	areaCount: number,
	active: readonly number[]
): Reach {
	const minutes = new Float64Array(areaCount).fill(Infinity);
	const nearest = new Int32Array(areaCount).fill(-1);
	for (const site of active) {
		const row = site * areaCount;
		for (let area = 0; area < areaCount; area++) {
			const m = matrix[row + area];
			if (m < minutes[area]) {
				minutes[area] = m;
				nearest[area] = site;
			}
		}
	}
	return { minutes, nearest };
}

export interface CoverageArea {
	locality: string;
	imdQuintile: number;
}

export interface CoverageGroup {
	key: string;
	women: number;
	within: number;
	/** within ÷ women; null when the group has no women. */
	share: number | null;
}

export interface CoverageFigures {
	threshold: number;
	all: CoverageGroup;
	byLocality: CoverageGroup[];
	/** Quintiles 1 (most deprived) to 5, keyed '1'…'5'. */
	byQuintile: CoverageGroup[];
	/**
	 * Share within the threshold in the least deprived quintile minus the most deprived, in
	 * percentage points: positive when women in the most deprived areas are worse served.
	 */
	gapPoints: number | null;
}

function group(key: string, women: number, within: number): CoverageGroup {
	return { key, women, within, share: women > 0 ? within / women : null };
}

export function coverage(
	areas: readonly CoverageArea[],
	women: ArrayLike<number>,
	minutes: ArrayLike<number>,
	threshold: number
): CoverageFigures {
	const totals = new Map<string, [number, number]>();
	const add = (key: string, w: number, inside: boolean) => {
		const t = totals.get(key) ?? [0, 0];
		t[0] += w;
		if (inside) t[1] += w;
		totals.set(key, t);
	};
	areas.forEach((area, i) => {
		const inside = minutes[i] <= threshold;
		add('all', women[i], inside);
		add(`locality:${area.locality}`, women[i], inside);
		add(`quintile:${area.imdQuintile}`, women[i], inside);
	});
	const of = (key: string, label: string) => group(label, ...(totals.get(key) ?? [0, 0]));
	const localities = [...new Set(areas.map((a) => a.locality))].sort();
	const byQuintile = [1, 2, 3, 4, 5].map((q) => of(`quintile:${q}`, String(q)));
	const [most, least] = [byQuintile[0].share, byQuintile[4].share];
	return {
		threshold,
		all: of('all', 'all'),
		byLocality: localities.map((l) => of(`locality:${l}`, l)),
		byQuintile,
		gapPoints: most === null || least === null ? null : (least - most) * 100
	};
}

/** The `count` areas furthest from a site (longest minutes first; ties by area order). */
export function worstServed(minutes: ArrayLike<number>, count: number): number[] {
	return Array.from({ length: minutes.length }, (_, i) => i)
		.sort((a, b) => minutes[b] - minutes[a] || a - b)
		.slice(0, count);
}
