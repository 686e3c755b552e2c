/**
 * The /larc page's status message: one sentence naming everything the figures are filtered by,
 * read out politely by screen readers whenever the selection changes (WCAG 4.1.3).
 */
import { utcFormat } from 'd3-time-format';
import type { Period } from '$lib/data/datasets';
import { formatMonth } from '$lib/format/numbers';
import type { LarcPageState } from './state';

export interface LarcSelection {
	/** The area whose figures are shown: the PCN's name, the locality, or the ICB. */
	areaLabel: string;
	state: Pick<LarcPageState, 'reason' | 'ageBand' | 'measure' | 'contraceptiveTargetWeeks'>;
	period: Period;
	/** The date the relief capacity clears the excess list by (ISO). */
	clearBy: string;
	/** Whether rates can be shown for the area (not for a single PCN). */
	ratesAvailable: boolean;
}

const dayMonthYear = utcFormat('%-d %B %Y');

/** "all ages", "aged 25–34", "aged 65 and over". */
function ages(band: LarcPageState['ageBand']): string {
	if (!band) return 'all ages';
	if (band.endsWith('+')) return `aged ${band.slice(0, -1)} and over`;
	return `aged ${band.replace('-', '–')}`;
}

function measure(selection: LarcSelection): string {
	if (selection.state.measure === 'count') return 'women waiting as a count';
	return selection.ratesAvailable
		? 'women waiting per 1,000 women'
		: 'women waiting as a count (rates are not available for a single PCN)';
}

export function larcSelectionStatus(selection: LarcSelection): string {
	const { areaLabel, state, period, clearBy } = selection;
	return [
		`Showing ${areaLabel}`,
		`${state.reason} reasons`,
		ages(state.ageBand),
		measure(selection),
		`${formatMonth(period.from)} to ${formatMonth(period.to)}`,
		`contraceptive target ${state.contraceptiveTargetWeeks} weeks`,
		`excess list cleared by ${dayMonthYear(new Date(`${clearBy}T00:00:00Z`))}.`
	].join(', ');
}
