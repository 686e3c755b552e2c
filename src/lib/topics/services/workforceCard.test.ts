import { describe, expect, it } from 'vitest';
import { workforceCardModel } from './workforceCard';

const row = (
	pcn: string,
	skill: 'larc_fitting' | 'ring_pessary' | 'menopause',
	n: number,
	women: number
) => ({
	pcn_code: pcn,
	pcn_name: `${pcn} PCN`,
	locality: 'Thurrock',
	skill,
	clinicians_current: n,
	women
});

const model = () =>
	workforceCardModel({
		byPcn: [
			row('A', 'larc_fitting', 3, 12_000),
			row('A', 'ring_pessary', 1, 8_000),
			row('A', 'menopause', 4, 5_000),
			row('B', 'larc_fitting', 1, 8_000),
			row('B', 'ring_pessary', 0, 2_000),
			row('B', 'menopause', 2, 5_000)
		],
		training: [
			{ month: '2024-04-01', skill: 'menopause', completions: 2, planned_completions: 3 },
			{ month: '2024-05-01', skill: 'larc_fitting', completions: 1, planned_completions: 1 },
			{ month: '2024-05-01', skill: 'menopause', completions: 4, planned_completions: 3 }
		],
		month: '2024-05-01',
		area: 'Thurrock'
	});

describe('workforce card', () => {
	it('gives clinicians per 10,000 women of the skill’s ages, by PCN and for the area', () => {
		const m = model();
		// A: 3 fitters / 12,000 women 15–64 = 2.5 per 10,000; B: 1 / 8,000 = 1.25 → 1.3.
		expect(m.pcnRows[0].cells[0]).toEqual({ skill: 'larc_fitting', count: '3', rate: '2.5' });
		expect(m.pcnRows[1].cells[0].rate).toBe('1.3');
		// Area: 4 / 20,000 = 2.0; pessary 1 / 10,000 = 1.0; menopause 6 / 10,000 = 6.0.
		expect(m.areaRow.cells.map((c) => c.rate)).toEqual(['2.0', '1.0', '6.0']);
		expect(m.skillHeadings.map((h) => h.women)).toEqual([
			'women aged 15–64',
			'women aged 45 and over',
			'women aged 45–64'
		]);
	});

	it('draws menopause training cumulatively against the plan, at month ends', () => {
		const [trained, plan] = model().chart.series;
		expect(trained.points).toEqual([
			{ date: '2024-04-30', value: 2 },
			{ date: '2024-05-31', value: 6 }
		]);
		expect(plan.points.map((p) => p.value)).toEqual([3, 6]);
	});

	it('says how menopause training stands against plan, and the LARC fitters', () => {
		expect(model().summary).toBe(
			"Menopause training, the programme's first workforce focus: 6 clinicians trained by May 2024 against a plan of 6 (100.0%). Thurrock has 4 LARC fitters with current competence, 2.0 per 10,000 women aged 15–64, as at 31 May 2024."
		);
	});

	it('tables and downloads training by month with the running share of plan', () => {
		const m = model();
		expect(m.trainingRows[0]).toMatchObject({
			cumulative: '2',
			cumulativePlanned: '3',
			shareOfPlan: '66.7%'
		});
		const [, file] = m.downloads;
		expect(file.fileName).toContain('training-against-plan');
		expect(file.rows[2].slice(3, 10)).toEqual(['2024-05-01', 'menopause', 4, 3, 6, 6, 100]);
	});
});
