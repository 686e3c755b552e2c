/** The queue card's table as a download, each figure at the precision the table shows it. */
import { FLOW_WINDOW_WEEKS } from '$lib/queries/larcFlows';
import { WITHIN_TARGET_AIM } from '$lib/kpis/larcSpcSeries';
import { ONE_DECIMAL, PERCENT_1DP, TWO_DECIMALS, WHOLE_NUMBER } from '$lib/format/numbers';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { SOURCE } from '$lib/csv/provenance';
import { flowWindow } from './period';
import { FROM, MEAN_WAIT_FACTOR, type Computed } from './queueFigures';
import type { QueueCardInput } from './queueCard';

export function queueDownload(
	computed: readonly Computed[],
	input: QueueCardInput,
	title: string
): Download {
	return buildDownload<Computed>({
		name: 'larc-queue-maths',
		metadata: {
			title,
			area: input.areaLabel,
			period: flowWindow(input.asAt, FLOW_WINDOW_WEEKS),
			source: SOURCE.larc,
			kind: 'synthetic'
		},
		rows: computed,
		columns: [
			textColumn('area', (c) => c.flow.locality),
			textColumn('reason', (c) => c.flow.reason),
			numberColumn('demand_per_week', (c) => c.flow.demand_per_week, ONE_DECIMAL, {
				from: FROM.requests
			}),
			numberColumn('fits_per_week', (c) => c.flow.fits_per_week, ONE_DECIMAL, { from: FROM.fits }),
			numberColumn('removals_per_week', (c) => c.flow.removals_per_week, ONE_DECIMAL, {
				from: FROM.removals
			}),
			numberColumn(
				'fits_and_removals_per_week',
				(c) => c.flow.fits_and_removals_per_week,
				ONE_DECIMAL,
				{ from: FROM.fitsAndRemovals }
			),
			numberColumn('load', (c) => c.maths.load, TWO_DECIMALS, { from: FROM.load }),
			countColumn('queue_size', (c) => c.flow.queue_size),
			numberColumn('target_wait_weeks', (c) => c.targetWeeks, WHOLE_NUMBER),
			numberColumn('within_target_aim_percent', () => WITHIN_TARGET_AIM, PERCENT_1DP),
			numberColumn('mean_wait_factor', () => MEAN_WAIT_FACTOR, TWO_DECIMALS),
			numberColumn('target_queue_size', (c) => c.maths.targetQueue, WHOLE_NUMBER, {
				from: FROM.requests
			}),
			textColumn('relief_needed', (c) => (c.maths.reliefNeeded ? 'yes' : 'no')),
			numberColumn('relief_capacity_per_week', (c) => c.maths.reliefCapacity, ONE_DECIMAL, {
				from: FROM.relief
			}),
			numberColumn('extra_fits_and_removals_per_week', (c) => c.maths.extraPerWeek, ONE_DECIMAL, {
				from: FROM.extra
			}),
			numberColumn('target_capacity_per_week', (c) => c.maths.targetCapacity, ONE_DECIMAL, {
				from: FROM.requests
			}),
			numberColumn('pressure', (c) => c.maths.pressure, TWO_DECIMALS, { from: FROM.pressure })
		]
	});
}
