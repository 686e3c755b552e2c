/**
 * Making Data Count SPC for one series, like NHSRplotthedots::ptd_spc() (R/ptd_spc.R): limits
 * per rebase group, special-cause rules, point types, the variation icon and assurance.
 */
import { pointFlags, xmrLimits } from './limits';
import { assuranceType, pointType, variationIcon } from './pointTypes';
import { specialCauseTypes } from './rules';
import type {
	AssuranceType,
	ImprovementDirection,
	PointType,
	Sign,
	SpecialCauseType,
	VariationIcon
} from './types';

export interface SpcOptions {
	improvementDirection?: ImprovementDirection;
	target?: number | null;
	/** Screen large moving ranges (default true, as the R package; false matches the MDC Excel tool). */
	screenOutliers?: boolean;
	/** Fix each group's limits on its first n points; the R package requires n ≥ 12. */
	fixAfterNPoints?: number | null;
	/** ISO dates of the points, in order; needed only to rebase by date. */
	dates?: readonly string[];
	/** Start a new rebase group at these points: 0-based indices or ISO dates from `dates`. */
	rebase?: readonly (number | string)[];
	/** Groups with fewer points than this are flagged (R option ptd_spc.warning_threshold, 13). */
	warningThreshold?: number;
}

export interface SpcPoint {
	index: number;
	date: string | null;
	value: number;
	rebaseGroup: number;
	mean: number;
	lpl: number;
	upl: number;
	nlpl: number;
	nupl: number;
	outsideLimits: boolean;
	relativeToMean: Sign;
	closeToLimits: boolean;
	specialCauseType: SpecialCauseType;
	specialCauseFlag: boolean;
	pointType: PointType;
	/** True when this point's rebase group is shorter than the warning threshold. */
	shortGroupWarning: boolean;
}

export interface SpcResult {
	points: SpcPoint[];
	improvementDirection: ImprovementDirection;
	target: number | null;
	variationIcon: VariationIcon;
	assurance: AssuranceType | null;
	/** Any rebase group has trial limits (fewer points than the warning threshold). */
	shortGroupWarning: boolean;
}

const SHORT_GROUP_THRESHOLD = 13;

function rebaseStarts(n: number, rebase: readonly (number | string)[], dates?: readonly string[]) {
	const starts = new Set<number>();
	for (const at of rebase) {
		const index = typeof at === 'number' ? at : (dates ?? []).indexOf(at);
		if (!Number.isInteger(index) || index < 0 || index >= n) {
			throw new RangeError(`rebase point ${String(at)} is not a point of the series`);
		}
		starts.add(index);
	}
	return starts;
}

function validate(values: readonly number[], options: SpcOptions): void {
	if (values.length === 0) throw new RangeError('ptdSpc needs at least one value');
	if (values.some((v) => !Number.isFinite(v)))
		throw new RangeError('SPC values must be finite numbers');
	const { fixAfterNPoints, dates } = options;
	if (fixAfterNPoints != null && !(Number.isInteger(fixAfterNPoints) && fixAfterNPoints >= 12)) {
		throw new RangeError('fixAfterNPoints must be a whole number, 12 or more (ptd_spc_options.R)');
	}
	if (dates && dates.length !== values.length)
		throw new RangeError('dates and values differ in length');
	if (dates?.some((d, i) => i > 0 && !(d > dates[i - 1]))) {
		throw new RangeError('dates must be in increasing order');
	}
}

/** Run the MDC SPC calculations over a series in date order. */
export function ptdSpc(values: readonly number[], options: SpcOptions = {}): SpcResult {
	validate(values, options);
	const {
		improvementDirection = 'increase',
		target = null,
		screenOutliers = true,
		fixAfterNPoints = null,
		dates,
		rebase = [],
		warningThreshold = SHORT_GROUP_THRESHOLD
	} = options;

	// rebase_group = cumsum(rebase): a rebase at the first point only renumbers the group.
	const starts = rebaseStarts(values.length, rebase, dates);
	const groupOf: number[] = [];
	values.forEach((_, i) => groupOf.push((groupOf[i - 1] ?? 0) + (starts.has(i) ? 1 : 0)));

	const points: SpcPoint[] = [];
	for (const group of new Set(groupOf)) {
		const first = groupOf.indexOf(group);
		const y = values.slice(first, groupOf.lastIndexOf(group) + 1);
		const limits = xmrLimits(y, { screenOutliers, fixAfterNPoints });
		const flags = pointFlags(y, limits);
		const types = specialCauseTypes(
			y,
			flags.relativeToMean,
			flags.closeToLimits,
			flags.outsideLimits
		);
		y.forEach((value, k) => {
			points.push({
				index: first + k,
				date: dates?.[first + k] ?? null,
				value,
				rebaseGroup: group,
				mean: limits.mean,
				lpl: limits.lpl,
				upl: limits.upl,
				nlpl: limits.nlpl,
				nupl: limits.nupl,
				outsideLimits: flags.outsideLimits[k],
				relativeToMean: flags.relativeToMean[k],
				closeToLimits: flags.closeToLimits[k],
				specialCauseType: types[k],
				specialCauseFlag: types[k] !== 'Common Cause',
				pointType: pointType(types[k], improvementDirection),
				shortGroupWarning: y.length < warningThreshold
			});
		});
	}

	const last = points[points.length - 1];
	return {
		points,
		improvementDirection,
		target,
		variationIcon: variationIcon(last.pointType, improvementDirection),
		assurance: assuranceType(target, last.lpl, last.upl, improvementDirection),
		shortGroupWarning: points.some((p) => p.shortGroupWarning)
	};
}

export * from './types';
export * from './limits';
export * from './rules';
export * from './pointTypes';
export * from './reading';
export * from './powerbi';
