/** The ring pessary card's tables as downloads: episodes by month, before and since the hubs, overdue changes. */
import type { PessaryOverdueRow, PessaryShiftRow } from '$lib/queries/pessaryActivity';
import type { Period } from '$lib/data/datasets';
import { formatDay, ONE_DECIMAL, PERCENT_1DP, WHOLE_NUMBER } from '$lib/format/numbers';
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download,
	type DownloadMetadata
} from '$lib/csv/download';
import { SOURCE } from '$lib/csv/provenance';
import { shareCounts, type ShareWithInterval } from './communityShare';
import type { PessaryMonth } from './pessarySeries';
import type { PessaryCardInput } from './pessaryCard';

export const PHASE_LABEL: Record<PessaryShiftRow['phase'], string> = {
	before_hubs: 'Before the first hub opened',
	since_hubs: 'Last 12 months'
};

/** One side of the before/after comparison, unformatted. */
export interface Compared {
	phase: PessaryShiftRow['phase'];
	window: Period;
	label: string;
	share: ShareWithInterval;
}

export function pessaryDownloads(
	input: PessaryCardInput,
	months: readonly PessaryMonth[],
	compared: readonly Compared[],
	dueByDate: string
): Download[] {
	const { areaLabel, asAt, graceWeeks } = input;
	const metadata = (title: string, period: Period | null): DownloadMetadata => ({
		title,
		area: areaLabel,
		period,
		source: SOURCE.pessary,
		kind: 'synthetic'
	});
	const from = (c: Compared) => shareCounts(c.share);
	const span: Period | null =
		compared.length > 0
			? { from: compared[0].window.from, to: compared[compared.length - 1].window.to }
			: null;
	return [
		buildDownload<PessaryMonth>({
			name: 'pessary-episodes-by-setting',
			metadata: metadata(
				`Ring pessary episodes done each month by setting, ${areaLabel}`,
				input.months
			),
			rows: months,
			columns: [
				textColumn('month_end', (m) => m.month_end),
				countColumn('primary_care', (m) => m.primary_care),
				countColumn('hub', (m) => m.hub),
				countColumn('secondary_care', (m) => m.secondary_care)
			]
		}),
		buildDownload<Compared>({
			name: 'pessary-before-and-since-hubs',
			metadata: metadata(
				`Ring pessary episodes done in primary care or a hub, before and since the hubs, ${areaLabel}`,
				span
			),
			rows: compared,
			columns: [
				textColumn('comparison', (c) => PHASE_LABEL[c.phase]),
				textColumn('window_from', (c) => c.window.from),
				textColumn('window_to', (c) => c.window.to),
				countColumn('primary_care_or_hub', (c) => c.share.community),
				countColumn('all_episodes', (c) => c.share.all),
				numberColumn('percent_primary_care_or_hub', (c) => c.share.share, PERCENT_1DP, { from }),
				numberColumn('lower_95_percent', (c) => c.share.lower, PERCENT_1DP, { from }),
				numberColumn('upper_95_percent', (c) => c.share.upper, PERCENT_1DP, { from })
			]
		}),
		buildDownload<PessaryOverdueRow>({
			name: 'pessary-overdue-changes',
			metadata: metadata(
				`Ring pessary routine changes overdue and women waiting for a first fit, at ${formatDay(asAt)}, ${areaLabel}`,
				{ from: asAt, to: asAt }
			),
			rows: input.overdue,
			columns: [
				textColumn('area', (o) => o.locality),
				numberColumn('grace_weeks', () => graceWeeks, WHOLE_NUMBER),
				textColumn('changes_due_by', () => dueByDate),
				countColumn('changes_due', (o) => o.changes_due),
				countColumn('changes_overdue', (o) => o.changes_overdue),
				// A median of 1–7 changes or women is withheld with its count.
				numberColumn('median_weeks_past_due', (o) => o.median_weeks_past_due, ONE_DECIMAL, {
					from: (o) => [o.changes_overdue]
				}),
				countColumn('first_fits_waiting', (o) => o.first_fits_waiting),
				numberColumn(
					'median_weeks_first_fit_waiting',
					(o) => o.median_weeks_first_fit_waiting,
					ONE_DECIMAL,
					{ from: (o) => [o.first_fits_waiting] }
				)
			]
		})
	];
}
