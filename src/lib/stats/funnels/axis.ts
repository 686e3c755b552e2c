/** The 100-point funnel x axis of PHEindicatormethods calculate_funnel_limits (R/Funnels.R). */
import { roundHalfEven } from '../distributions';

/**
 * Characters R prints for a whole number (nchar(as.character(x))): R switches to scientific
 * notation when that is narrower, so nchar(100000) is 5 ("1e+05").
 */
function rCharacterCount(x: number): number {
	const digits = String(x);
	const significant = digits.replace(/0+$/, '').length;
	const exponentDigits = Math.max(2, String(digits.length - 1).length);
	const scientific = (significant > 1 ? significant + 1 : 1) + 2 + exponentDigits;
	return Math.min(digits.length, scientific);
}

/** Round down to a neat axis value (R signif.floor, 5 % below). */
export function signifFloor(x: number, percentageDown = 0.95): number {
	if (x === 0) return 0;
	const n = rCharacterCount(Math.floor(x * percentageDown)) - 1;
	return Math.floor((x * percentageDown) / 10 ** n) * 10 ** n;
}

/** Round up to a neat axis value (R signif.ceiling, 5 % above). */
export function signifCeiling(x: number, percentageUp = 1.05): number {
	if (x === 0) return 0;
	const n = rCharacterCount(Math.ceil(x * percentageUp)) - 2;
	return Math.ceil((x * percentageUp) / 10 ** n) * 10 ** n;
}

/**
 * 100 x-axis points from max(1, minimum) to about `maximum`, closer together at the small end.
 * `offset` is 0 for proportions and rates and 1 for ratios (R's `j` versus `j − 1`).
 */
export function funnelAxis(minimum: number, maximum: number, offset: 0 | 1): number[] {
	const points = [Math.max(1, minimum)];
	for (let j = 2; j <= 100; j++) {
		const previous = points[j - 2];
		const stepped = roundHalfEven((maximum / previous) ** (1 / (101 - (j - offset))) * previous);
		points.push(Math.max(stepped, previous + 1));
	}
	return points;
}
