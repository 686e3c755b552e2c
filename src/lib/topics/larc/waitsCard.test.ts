import { describe, expect, it } from 'vitest';
import type { WaitsRow } from '$lib/queries/larcWaits';
import { waitsCardModel } from './waitsCard';

const row = (
	locality: string,
	is_total: boolean,
	reason: WaitsRow['reason'],
	status: WaitsRow['status'],
	patients: number,
	within_target: number,
	median_weeks: number | null = 10.04,
	p92_weeks: number | null = 30.96
): WaitsRow => ({
	locality,
	is_total,
	reason,
	status,
	patients,
	median_weeks,
	p92_weeks,
	mean_weeks: 12,
	within_target
});

const targets = { gynaecological: 18, contraceptive: 6 };
const base = {
	areaLabel: 'Thurrock',
	asAt: '2026-10-31',
	period: { from: '2026-01-01', to: '2026-10-31' },
	targets
};

describe('waitsCardModel', () => {
	it("finds the area's row by its flag and shows its waits as the table rounds them", () => {
		const card = waitsCardModel({
			...base,
			rows: [
				row('Thurrock', true, 'gynaecological', 'waiting', 200, 150),
				row('Thurrock', true, 'contraceptive', 'waiting', 0, 0, null, null)
			]
		});
		// 150 of 200 = 75.0 %.
		expect(card.summary).toBe(
			'In Thurrock, women waiting for gynaecological reasons had waited a median 10.0 weeks ' +
				'(92nd percentile 31.0 weeks), 75.0% within 18 weeks; nobody was waiting for contraceptive reasons.'
		);
		expect(
			card.rows.map((r) => [r.area, r.statusText, r.women, r.median, r.p92, r.withinTarget])
		).toEqual([
			['Thurrock', 'still waiting', '200', '10.0 weeks', '31.0 weeks', '75.0%'],
			['Thurrock', 'still waiting', '0', '–', '–', '–']
		]);
		expect(card.panels[0].bars).toEqual([
			{ key: 'Thurrock', label: 'Thurrock', value: 10.04, valueText: '10.0 weeks' }
		]);
		expect(card.panels[0].heading).toBe(
			'Median wait so far, gynaecological reasons, at October 2026'
		);
		expect(card.panels[1].reference).toEqual({ value: 6, label: 'Target 6 weeks' });
	});

	it('withholds waits of 1–7 women, and a share with 1–7 women within target, everywhere', () => {
		const card = waitsCardModel({
			...base,
			rows: [
				// 5 women: every statistic withheld.
				row('Thurrock', true, 'gynaecological', 'waiting', 5, 5),
				// 40 women, 3 within target: the median is shown, the share (7.5 %) is not.
				row('Thurrock', true, 'contraceptive', 'waiting', 40, 3, 20.5, 40.25)
			]
		});
		expect(card.rows.map((r) => [r.women, r.median, r.p92, r.withinTarget])).toEqual([
			['*', '*', '*', '*'],
			['40', '20.5 weeks', '40.3 weeks', '*']
		]);
		expect(card.panels[0].bars).toEqual([]);
		expect(card.panels[1].bars.map((b) => b.value)).toEqual([20.5]);
		expect(card.summary).toBe(
			'In Thurrock, 1 to 7 women were waiting for gynaecological reasons, too few to describe their waits; ' +
				'women waiting for contraceptive reasons had waited a median 20.5 weeks (92nd percentile 40.3 weeks), ' +
				'1 to 7 women within 6 weeks.'
		);
		const [download] = card.downloads;
		const at = (h: string) => download.header.indexOf(h);
		expect(
			download.rows.map((r) => [
				r[at('patients')],
				r[at('median_weeks')],
				r[at('p92_weeks')],
				r[at('percent_within_target')]
			])
		).toEqual([
			['*', '*', '*', '*'],
			['40', 20.5, 40.3, '*']
		]);
	});
});
