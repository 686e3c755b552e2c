/**
 * Synthetic urgent suspected cancer referrals (demonstration data, not patient records) by PCN,
 * month and suspected cancer: a pure function of (inputs, published anchors, seed, end month).
 *
 * 1. ICB level: the published months (uscAnchors.ts) are fixed exactly — all suspected cancers
 *    always; gynaecological where published, otherwise a binomial share of the published total.
 *    Other months are Poisson draws around a level interpolated log-linearly between the
 *    published months (extrapolated at their average growth), times a seasonal factor.
 * 2. PCN level: each month's ICB total is split over PCNs by a multinomial draw, in proportion to
 *    the women registered with the PCN (estimated through the same catchment as the LARC data),
 *    weighted by age for gynaecological referrals, times a fixed PCN referral-practice effect.
 */
import { buildCatchment, perPcn } from './catchment';
import { multinomial, sum } from './demand';
import type { SyntheticInputs } from './inputs';
import { createRng } from './random';
import type { UscAnchor } from './uscAnchors';
import {
	FALLBACK_ANNUAL_GROWTH,
	FALLBACK_GYNAE_SHARE,
	GYNAE_RELATIVE_RATE_BY_AGE,
	PCN_VARIATION_SD,
	USC_FIRST_MONTH,
	USC_SEASONALITY,
	USC_SUSPECTED_CANCERS
} from './uscAssumptions';

export interface UscOptions {
	seed: number;
	/** Month index (calendar.ts) of the last complete month. */
	endMonth: number;
}

export interface UscReferrals {
	count: number;
	month: Int32Array;
	/** Index into inputs.pcns. */
	pcn: Int32Array;
	/** Index into USC_SUSPECTED_CANCERS. */
	cancer: Int8Array;
	referrals: Int32Array;
	/** Estimated women (all ages) registered with each PCN, by inputs.pcns index; unrounded. */
	pcnWomen: Float64Array;
}

const season = (month: number) => USC_SEASONALITY[month % 12];

/** Deseasonalised all-cancer level for a month, through the published months. */
export function uscLevel(anchors: readonly UscAnchor[], month: number): number {
	const known = anchors
		.filter((a): a is UscAnchor & { allCancers: number } => a.allCancers !== null)
		.map((a) => ({ month: a.month, level: a.allCancers / season(a.month) }))
		.sort((a, b) => a.month - b.month);
	if (known.length === 0) throw new Error('No published USC demand to calibrate to');
	const [first, last] = [known[0], known[known.length - 1]];
	const growth =
		known.length > 1
			? (last.level / first.level) ** (12 / (last.month - first.month))
			: FALLBACK_ANNUAL_GROWTH;
	if (month <= first.month) return first.level * growth ** ((month - first.month) / 12);
	if (month >= last.month) return last.level * growth ** ((month - last.month) / 12);
	const after = known.findIndex((a) => a.month >= month);
	const [a, b] = [known[after - 1], known[after]];
	const t = (month - a.month) / (b.month - a.month);
	return Math.exp((1 - t) * Math.log(a.level) + t * Math.log(b.level));
}

/** Share of USC referrals that are suspected gynaecological cancer, where both are published. */
export function gynaeShare(anchors: readonly UscAnchor[]): number {
	const both = anchors.filter((a) => a.gynaecological !== null && a.allCancers);
	if (both.length === 0) return FALLBACK_GYNAE_SHARE;
	return sum(both.map((a) => a.gynaecological! / a.allCancers!)) / both.length;
}

function pcnWeights(inputs: SyntheticInputs, seed: number) {
	const catchment = buildCatchment(inputs.lsoas, inputs.practices);
	const pcnIndex = new Map(inputs.pcns.map((pcn, index) => [pcn.code, index]));
	const pcnOfPractice = Int32Array.from(inputs.practices, (p) => pcnIndex.get(p.pcnCode)!);
	const share = (value: (lsoa: number) => number) =>
		perPcn(catchment, pcnOfPractice, inputs.pcns.length, value);
	const women = share((l) => sum(inputs.lsoas[l].women));
	const ageWeighted = share((l) =>
		sum(inputs.lsoas[l].women.map((w, band) => w * GYNAE_RELATIVE_RATE_BY_AGE[band]))
	);
	const rng = createRng(seed, 'usc-pcn-variation');
	const effect = (sd: number) => Array.from(women, () => Math.exp(sd * rng.normal()));
	const gynaeEffect = effect(PCN_VARIATION_SD.gynaecological);
	const otherEffect = effect(PCN_VARIATION_SD.other);
	return {
		women,
		byCancer: [
			Array.from(ageWeighted, (w, i) => w * gynaeEffect[i]),
			Array.from(women, (w, i) => w * otherEffect[i])
		]
	};
}

export function generateUscReferrals(
	inputs: SyntheticInputs,
	anchors: readonly UscAnchor[],
	options: UscOptions
): UscReferrals {
	if (options.endMonth < USC_FIRST_MONTH) throw new Error('The end month is before July 2021');
	const weights = pcnWeights(inputs, options.seed);
	const share = gynaeShare(anchors);
	const published = new Map(anchors.map((a) => [a.month, a]));
	const totalsRng = createRng(options.seed, 'usc-monthly-totals');
	const splitRng = createRng(options.seed, 'usc-pcn-split');
	const months = options.endMonth - USC_FIRST_MONTH + 1;
	const size = months * inputs.pcns.length * USC_SUSPECTED_CANCERS.length;
	const out: UscReferrals = {
		count: size,
		month: new Int32Array(size),
		pcn: new Int32Array(size),
		cancer: new Int8Array(size),
		referrals: new Int32Array(size),
		pcnWomen: weights.women
	};
	let row = 0;
	for (let month = USC_FIRST_MONTH; month <= options.endMonth; month++) {
		const expected = uscLevel(anchors, month) * season(month);
		const anchor = published.get(month);
		const gynae = anchor
			? (anchor.gynaecological ?? totalsRng.binomial(anchor.allCancers!, share))
			: totalsRng.poisson(share * expected);
		const other = anchor ? anchor.allCancers! - gynae : totalsRng.poisson((1 - share) * expected);
		if (other < 0) throw new Error(`Published gynaecological USC demand exceeds all cancers`);
		const byPcn = [gynae, other].map((total, c) =>
			multinomial(total, weights.byCancer[c], splitRng)
		);
		for (let pcn = 0; pcn < inputs.pcns.length; pcn++) {
			for (let c = 0; c < USC_SUSPECTED_CANCERS.length; c++) {
				out.month[row] = month;
				out.pcn[row] = pcn;
				out.cancer[row] = c;
				out.referrals[row] = byPcn[c][pcn];
				row++;
			}
		}
	}
	return out;
}
