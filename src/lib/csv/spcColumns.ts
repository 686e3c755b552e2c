/**
 * The columns that let an SPC chart be rebuilt from its download: each point's type (the
 * NHSRplotthedots names), the mean and the lower and upper process limits in force at that point
 * (they change where the chart is rebased), and the target when the chart draws one.
 */
import type { NumberFormat } from '$lib/format/numbers';
import type { SpcPoint, SpcResult } from '$lib/stats/spc';
import { numberColumn, textColumn, type DownloadColumn } from './download';

export function spcColumns<T>(
	prefix: string,
	result: SpcResult | null,
	dateOf: (row: T) => string,
	format: NumberFormat,
	target?: number
): DownloadColumn<T>[] {
	const byDate = new Map((result?.points ?? []).map((p) => [p.date, p]));
	const unit = format.unit === 'percent' ? '_percent' : '';
	const limit = (name: string, pick: (p: SpcPoint) => number) =>
		numberColumn<T>(
			`${prefix}_${name}${unit}`,
			(row) => {
				const point = byDate.get(dateOf(row));
				return point ? pick(point) : null;
			},
			format
		);
	return [
		textColumn<T>(`${prefix}_spc_point_type`, (row) => byDate.get(dateOf(row))?.pointType ?? null),
		limit('mean', (p) => p.mean),
		limit('lower_process_limit', (p) => p.lpl),
		limit('upper_process_limit', (p) => p.upl),
		...(target === undefined
			? []
			: [numberColumn<T>(`${prefix}_target${unit}`, () => target, format)])
	];
}
