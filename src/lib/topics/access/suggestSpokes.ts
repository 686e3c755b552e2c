/**
 * "Suggest the next spoke": greedy maximal coverage. Each step adds the candidate site that brings
 * the most (weighted) women not yet within the threshold inside it; ties go to the site listed
 * first. Greedy is the standard heuristic for maximal covering location problems (Church &
 * ReVelle 1974) and is within 1 − 1/e of the best set of the same size.
 */

export interface SuggestInput {
	/** Site-major minutes: matrix[site × areaCount + area]. */
	matrix: Float64Array;
	areaCount: number;
	/** Weight of each area in the choice: its women, times a deprivation weight when asked for. */
	weights: ArrayLike<number>;
	/** Women in each area, counted in each step's result whatever the weights. */
	women: ArrayLike<number>;
	/** Sites already offering the service. */
	active: readonly number[];
	/** Sites that may be added. */
	candidates: readonly number[];
	threshold: number;
	count: number;
}

export interface SuggestStep {
	site: number;
	/** Weight newly brought within the threshold by this site. */
	added: number;
	/** Women newly brought within the threshold by this site. */
	addedWomen: number;
	/** Weight within the threshold once this site is added. */
	covered: number;
}

export function suggestSpokes(input: SuggestInput): SuggestStep[] {
	const { matrix, areaCount, weights, threshold } = input;
	const covered = new Uint8Array(areaCount);
	for (const site of input.active) {
		for (let a = 0; a < areaCount; a++)
			if (matrix[site * areaCount + a] <= threshold) covered[a] = 1;
	}
	let total = 0;
	for (let a = 0; a < areaCount; a++) if (covered[a]) total += weights[a];
	const open = input.candidates.filter((c) => !input.active.includes(c));
	const steps: SuggestStep[] = [];
	while (steps.length < input.count && open.length > 0) {
		let best = -1;
		let bestGain = 0;
		for (let i = 0; i < open.length; i++) {
			const row = open[i] * areaCount;
			let gain = 0;
			for (let a = 0; a < areaCount; a++) {
				if (!covered[a] && matrix[row + a] <= threshold) gain += weights[a];
			}
			if (gain > bestGain) {
				bestGain = gain;
				best = i;
			}
		}
		if (best < 0) break;
		const site = open.splice(best, 1)[0];
		let addedWomen = 0;
		for (let a = 0; a < areaCount; a++) {
			if (!covered[a] && matrix[site * areaCount + a] <= threshold) {
				covered[a] = 1;
				addedWomen += input.women[a];
			}
		}
		total += bestGain;
		steps.push({ site, added: bestGain, addedWomen, covered: total });
	}
	return steps;
}
