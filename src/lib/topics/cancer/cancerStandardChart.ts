/**
 * Performance rows shaped for the interval chart: one category per published month, one series
 * per measure (its own marker shape), and each standard in force drawn per month.
 */
import {
	INTERVAL_SERIES_STYLES,
	TARGET_DASHES,
	type IntervalSeries,
	type TargetLine
} from '$lib/components/charts/interval/types';
import { formatShortMonth } from '$lib/format/numbers';
import type { PerformanceRow, StandardsFor } from './cancerPerformance';

export interface StandardChart {
	categories: { key: string; label: string }[];
	series: IntervalSeries[];
	targets: TargetLine[];
}

export function standardChart(
	rows: readonly PerformanceRow[],
	measures: readonly { key: string; label: string }[],
	standardsFor: StandardsFor
): StandardChart {
	const periods = [...new Set(rows.map((r) => r.period))].sort();
	const series = measures.map((measure, i) => ({
		key: measure.key,
		label: measure.label,
		...INTERVAL_SERIES_STYLES[i % INTERVAL_SERIES_STYLES.length],
		points: periods.map((period) => {
			const row = rows.find((r) => r.measureKey === measure.key && r.period === period);
			return row ? { value: row.value, lower: row.lower, upper: row.upper } : null;
		})
	}));
	const lines = periods.map(standardsFor);
	const targets = (lines[0] ?? []).map((line, j) => ({
		key: line.key,
		label: `${line.label} that month`,
		dash: TARGET_DASHES[j % TARGET_DASHES.length],
		values: lines.map((forPeriod) => forPeriod[j].threshold)
	}));
	return {
		categories: periods.map((p) => ({ key: p, label: formatShortMonth(p) })),
		series,
		targets: targets.filter((t) => t.values.some((v) => v !== null))
	};
}
