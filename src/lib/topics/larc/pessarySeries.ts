/** Ring pessary episodes by setting, shaped for the chart (counts as published) and table. */
import { CARE_SETTINGS, type CareSetting } from '$lib/data/datasets';
import type { PessaryByMonthRow } from '$lib/queries/pessaryActivity';
import { SERIES_STYLES, type Series } from '$lib/components/charts/types';
import { drawableCount } from '$lib/stats/disclosure';

export const SETTING_LABEL: Record<CareSetting, string> = {
	primary_care: 'Primary care',
	hub: 'Hub',
	secondary_care: 'Hospital (secondary care)'
};

export interface PessaryMonth {
	month_end: string;
	primary_care: number;
	hub: number;
	secondary_care: number;
}

export function pessaryMonths(rows: readonly PessaryByMonthRow[]): PessaryMonth[] {
	const months = new Map<string, PessaryMonth>();
	for (const r of rows) {
		const m = months.get(r.month_end) ?? {
			month_end: r.month_end,
			primary_care: 0,
			hub: 0,
			secondary_care: 0
		};
		m[r.setting] += r.episodes;
		months.set(r.month_end, m);
	}
	return [...months.values()].sort((a, b) => a.month_end.localeCompare(b.month_end));
}

export function pessarySeries(months: readonly PessaryMonth[]): Series[] {
	return CARE_SETTINGS.map((setting, i) => ({
		key: setting,
		label: SETTING_LABEL[setting],
		...SERIES_STYLES[i],
		points: months.map((m) => ({ date: m.month_end, value: drawableCount(m[setting]) }))
	}));
}
