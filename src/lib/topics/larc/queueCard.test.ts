import { describe, expect, it } from 'vitest';
import type { FlowsRow } from '$lib/queries/larcFlows';
import type { WaitsRow } from '$lib/queries/larcWaits';
import { MEAN_WAIT_FACTOR, queueCardModel, type QueueCardInput } from './queueCard';

/** A flows row with weekly figures given as counts over the 13-week window. */
function flow(
	locality: string,
	is_total: boolean,
	reason: FlowsRow['reason'],
	counts: { requests: number; fits: number; removals: number; queue: number }
): FlowsRow {
	return {
		locality,
		is_total,
		reason,
		demand_per_week: counts.requests / 13,
		fits_per_week: counts.fits / 13,
		removals_per_week: counts.removals / 13,
		fits_and_removals_per_week: (counts.fits + counts.removals) / 13,
		queue_size: counts.queue,
		requests: counts.requests,
		fits: counts.fits,
		removals: counts.removals,
		fits_and_removals: counts.fits + counts.removals
	};
}

function waiting(locality: string, is_total: boolean, reason: WaitsRow['reason'], mean: number) {
	return {
		locality,
		is_total,
		reason,
		status: 'waiting',
		patients: 0,
		median_weeks: null,
		p92_weeks: null,
		mean_weeks: mean,
		within_target: 0
	} satisfies WaitsRow;
}

// The ICB's contraceptive flows in the 13 weeks to 31 October 2026 (default seed): 2,412 requests,
// 2,234 fits and 121 removals without a fit; 629 on the list.
const ICB_CONTRACEPTIVE = flow('Mid and South Essex', true, 'contraceptive', {
	requests: 2412,
	fits: 2234,
	removals: 121,
	queue: 629
});

const input = (over: Partial<QueueCardInput> = {}): QueueCardInput => ({
	flows: [ICB_CONTRACEPTIVE],
	waits: [],
	reason: 'contraceptive',
	areaLabel: 'Mid and South Essex',
	targets: { gynaecological: 18, contraceptive: 6 },
	asAt: '2026-10-31',
	clearBy: '2027-05-01',
	weeksToClear: 26,
	...over
});

describe('queueCardModel', () => {
	it('takes the 92 % aim to a factor of −ln(0.08) = 2.53', () => {
		expect(MEAN_WAIT_FACTOR).toBeCloseTo(2.5257286, 7);
	});

	it('counts fits and removals as capacity, and says so, for the ICB contraceptive list', () => {
		const card = queueCardModel(input());
		// Hand-worked: demand 2412/13 = 185.54 a week; fits and removals 2355/13 = 181.15;
		// load 2412/2355 = 1.024 (fits alone would give 2412/2234 = 1.080).
		// Target list 185.54 × 6 ÷ 2.5257 = 440.76 (factor 4 would give 278.3); 629 is under twice
		// that, so no relief is needed. Reaching 441 by May 2027: 185.54 + (629 − 440.76) ÷ 26
		// = 192.78 a week, 11.62 more than the 181.15 now leaving the list.
		expect(card.summary).toBe(
			'Mid and South Essex, contraceptive reasons, last 13 weeks to October 2026: about 185.5 requests and ' +
				'181.2 fits and removals a week (load 1.02: the list will keep growing). 630 on the list against ' +
				'a target size of 441, the list at which about 92% of women would be seen within 6 weeks. ' +
				'No relief capacity is needed (the list is within twice its target size); about 11.6 extra fits ' +
				'and removals a week would bring it to its target size by May 2027.'
		);
		expect(card.rows).toEqual([
			{
				key: 'Mid and South Essex|contraceptive',
				area: 'Mid and South Essex',
				reason: 'contraceptive',
				requestsPerWeek: '185.5',
				fitsAndRemovalsPerWeek: '181.2',
				load: '1.02',
				onList: '630',
				targetListSize: '441',
				reliefNeeded: 'No',
				extraPerWeek: '11.6',
				pressure: '–'
			}
		]);
		expect(card.aim).toBe(
			'Aim: 92% of women seen within the target wait (6 weeks for contraceptive reasons), ' +
				'the RTT incomplete-pathway standard, used by analogy (no national LARC standard).'
		);
		expect(card.explanations.find((e) => e.term === 'Target list size')?.definition).toContain(
			'÷ 2.53, the list at which about 92% of women are seen within the target wait'
		);
		expect(card.explanations.find((e) => e.term === 'Relief capacity')?.definition).toContain(
			'excess ÷ 26 weeks'
		);
	});

	it('finds the total row by its flag, not its label or its place', () => {
		const thurrock = flow('Thurrock', false, 'gynaecological', {
			requests: 13,
			fits: 13,
			removals: 0,
			queue: 40
		});
		// 26 requests and 19 fits and removals in 13 weeks: 2 and 1.46 a week; 100 on the list.
		const total = flow('Whole area', true, 'gynaecological', {
			requests: 26,
			fits: 15,
			removals: 4,
			queue: 100
		});
		const card = queueCardModel(
			input({
				flows: [thurrock, total, ICB_CONTRACEPTIVE],
				waits: [waiting('Whole area', true, 'gynaecological', 12)],
				reason: 'gynaecological'
			})
		);
		// Load 26 ÷ 19 = 1.37. Target list 2 × 18 ÷ 2.5257 = 14.25; 100 > 28.5, so relief is needed:
		// 2 + (100 − 14.25) ÷ 26 = 5.30 a week, 3.84 more than the 1.46 now.
		expect(card.summary).toBe(
			'Whole area, gynaecological reasons, last 13 weeks to October 2026: about 2.0 requests and ' +
				'1.5 fits and removals a week (load 1.37: the list will keep growing). 100 on the list against ' +
				'a target size of 14, the list at which about 92% of women would be seen within 18 weeks. ' +
				'Relief capacity is needed (the list is over twice its target size): about 3.8 extra fits and ' +
				'removals a week would bring it to its target size by May 2027.'
		);
		// Pressure 2 × 12 ÷ 18 from the total row's mean wait; none known for Thurrock.
		expect(card.rows.map((r) => [r.area, r.pressure])).toEqual([
			['Thurrock', '–'],
			['Whole area', '1.33'],
			['Mid and South Essex', '–']
		]);
		expect(card.bars.map((b) => [b.label, b.valueText, b.emphasis])).toEqual([
			// Thurrock: target list 1 × 18 ÷ 2.5257 = 7.13, and 40 waiting is over twice that.
			['Thurrock', '1.00 (relief needed)', true],
			['Whole area', '1.37 (relief needed)', true]
		]);
	});

	it('says a list within its target size needs no relief, and a load under 1 is not growth', () => {
		const card = queueCardModel(
			input({
				flows: [
					flow('Mid and South Essex', true, 'gynaecological', {
						requests: 26,
						fits: 30,
						removals: 2,
						queue: 10
					})
				],
				reason: 'gynaecological'
			})
		);
		// Load 26 ÷ 32 = 0.81; target list 14.25 and 10 are waiting.
		expect(card.summary).toContain('fits and removals a week (load 0.81). 10 on the list');
		expect(card.summary).toContain(
			'The list is within its target size, so no relief capacity is needed.'
		);
	});

	it('says so when there is no activity for the reason', () => {
		expect(queueCardModel(input({ reason: 'gynaecological' })).summary).toBe(
			'No LARC activity for gynaecological reasons in this selection.'
		);
	});

	it('downloads fits and removals, the aim and its factor, at the precision shown', () => {
		const [download] = queueCardModel(input()).downloads;
		const [icb] = download.rows.map((cells) =>
			Object.fromEntries(download.header.map((h, i) => [h, cells[i]]))
		);
		// The 13 weeks to 31 October 2026: 91 days, from 2 August 2026.
		expect(download.fileName).toBe('larc-queue-maths_mid-and-south-essex_2026-08-to-2026-10.csv');
		// Fits 2234/13 = 171.85; removals 121/13 = 9.31; the rest as worked out above. 629 on the
		// list is written 630 (disclosure control); no mean wait is known, so no pressure.
		expect(icb).toMatchObject({
			selected_area: 'Mid and South Essex',
			period: '2 August 2026 to 31 October 2026',
			data_kind: 'synthetic demonstration data',
			area: 'Mid and South Essex',
			reason: 'contraceptive',
			demand_per_week: 185.5,
			fits_per_week: 171.8,
			removals_per_week: 9.3,
			fits_and_removals_per_week: 181.2,
			load: 1.02,
			queue_size: '630',
			target_wait_weeks: 6,
			within_target_aim_percent: 92,
			mean_wait_factor: 2.53,
			target_queue_size: 441,
			relief_needed: 'no',
			relief_capacity_per_week: 192.8,
			extra_fits_and_removals_per_week: 11.6,
			pressure: null
		});
		expect(download.header).not.toContain('extra_fits_per_week');
	});

	it('withholds every figure that comes from a count of 1–7, in summary, table, chart and download', () => {
		// 26 requests (2 a week) and 20 exits, but only 6 of them removals; 5 women on the list.
		const pcn = flow('ASOP PCN', true, 'contraceptive', {
			requests: 26,
			fits: 14,
			removals: 6,
			queue: 5
		});
		const card = queueCardModel(
			input({
				flows: [pcn],
				areaLabel: 'ASOP PCN',
				waits: [waiting('ASOP PCN', true, 'contraceptive', 3)]
			})
		);
		expect(card.summary).toBe(
			'ASOP PCN, contraceptive reasons, last 13 weeks to October 2026: the requests, the fits and ' +
				'removals or the women on the list number 1 to 7, too few to show the queue maths.'
		);
		// Requests a week (26 ÷ 13 = 2.0), exits a week (20 ÷ 13 = 1.5), load (1.30) and the target
		// list (2 × 6 ÷ 2.5257 = 4.75) come from counts over 7; relief, extra and pressure need the 5.
		expect(card.rows).toEqual([
			{
				key: 'ASOP PCN|contraceptive',
				area: 'ASOP PCN',
				reason: 'contraceptive',
				requestsPerWeek: '2.0',
				fitsAndRemovalsPerWeek: '1.5',
				load: '1.30',
				onList: '*',
				targetListSize: '5',
				reliefNeeded: 'No',
				extraPerWeek: '*',
				pressure: '*'
			}
		]);
		expect(card.bars.map((b) => b.valueText)).toEqual(['1.30']);
		const [download] = card.downloads;
		const [row] = download.rows.map((cells) =>
			Object.fromEntries(download.header.map((h, i) => [h, cells[i]]))
		);
		expect(row).toMatchObject({
			demand_per_week: 2,
			// Beside fits and removals a week, fits a week would give the withheld removals back.
			fits_per_week: '*',
			removals_per_week: '*',
			fits_and_removals_per_week: 1.5,
			load: 1.3,
			queue_size: '*',
			target_queue_size: 5,
			relief_capacity_per_week: '*',
			extra_fits_and_removals_per_week: '*',
			pressure: '*'
		});

		// With 6 requests, the load bar goes too.
		const few = flow('ASOP PCN', true, 'contraceptive', {
			requests: 6,
			fits: 14,
			removals: 6,
			queue: 30
		});
		expect(queueCardModel(input({ flows: [few], areaLabel: 'ASOP PCN' })).bars).toEqual([]);
	});

	it('names the area chosen in the table and its download, a PCN rather than its locality', () => {
		const pcn = flow('ASOP PCN', true, 'contraceptive', {
			requests: 26,
			fits: 20,
			removals: 6,
			queue: 12
		});
		const card = queueCardModel(input({ flows: [pcn], areaLabel: 'ASOP PCN' }));
		expect(card.tableCaption).toBe(
			'Queue maths by area and reason, ASOP PCN, last 13 weeks to October 2026'
		);
		const [download] = card.downloads;
		expect(download.fileName).toBe('larc-queue-maths_asop-pcn_2026-08-to-2026-10.csv');
		expect(download.metadata.title).toBe(card.tableCaption);
		expect(download.rows.map((r) => [r[0], r[download.header.indexOf('area')]])).toEqual([
			['ASOP PCN', 'ASOP PCN']
		]);
	});
});
