/**
 * workforce (synthetic demonstration data): by PCN, skill and month, clinicians with a current
 * competence at the month's end, training completions in the month and the completions planned.
 * Consistent with the hubs plan: LARC and ring pessary training is planned from the month a PCN
 * joins its hub pathway; menopause training (the strategy's first workforce focus) in every PCN.
 * Assumptions: serviceAssumptions.ts.
 */
import { AGE_BANDS } from '../../../src/lib/data/datasets';
import {
	WORKFORCE_SKILL_AGES,
	WORKFORCE_SKILLS,
	type WorkforceSkill
} from '../../../src/lib/data/services';
import { monthOfDay, parseMonth } from './calendar';
import type { HubPcnRow } from './hubs';
import type { SyntheticInputs } from './inputs';
import { createRng, type Rng } from './random';
import {
	LARC_PLAN_EVERY_MONTHS,
	MENOPAUSE_PLAN_PER_PRACTICE_A_YEAR,
	MENOPAUSE_PLAN_START,
	PESSARY_PLAN_EVERY_MONTHS,
	PESSARY_PLAN_ON_JOINING,
	PLAN_ACHIEVEMENT_MEAN,
	PLAN_ACHIEVEMENT_SD,
	SKILL_ASSUMPTIONS,
	WORKFORCE_FIRST_MONTH
} from './serviceAssumptions';

export interface WorkforceRecord {
	/** Month index (calendar.ts). */
	month: number;
	pcn_code: string;
	skill: WorkforceSkill;
	clinicians_current: number;
	completions: number;
	planned_completions: number;
}

/** Completions planned in a month for one PCN and skill (0 before the plan starts). */
export function plannedCompletions(
	skill: WorkforceSkill,
	month: number,
	joinedMonth: number | null,
	practiceCount: number
): number {
	if (skill === 'menopause') {
		const start = parseMonth(MENOPAUSE_PLAN_START);
		if (month < start) return 0;
		// Whole clinicians: the plan's running total, rounded, grows by 0 or 1 or more a month.
		const perMonth = (MENOPAUSE_PLAN_PER_PRACTICE_A_YEAR * practiceCount) / 12;
		return Math.round((month - start + 1) * perMonth) - Math.round((month - start) * perMonth);
	}
	if (joinedMonth === null || month < joinedMonth) return 0;
	const since = month - joinedMonth;
	if (skill === 'larc_fitting') return since % LARC_PLAN_EVERY_MONTHS === 0 ? 1 : 0;
	if (since === 0) return PESSARY_PLAN_ON_JOINING;
	return since % PESSARY_PLAN_EVERY_MONTHS === 0 ? 1 : 0;
}

function achievement(rng: Rng): number {
	return Math.min(1, Math.max(0.5, PLAN_ACHIEVEMENT_MEAN + PLAN_ACHIEVEMENT_SD * rng.normal()));
}

/**
 * @param pcnWomen estimated women registered with each PCN by AGE_BANDS index, by inputs.pcns
 *   index (the same registration model as the other synthetic data)
 */
export function generateWorkforce(
	seed: number,
	inputs: SyntheticInputs,
	hubs: readonly HubPcnRow[],
	pcnWomen: readonly number[][],
	endMonth: number
): WorkforceRecord[] {
	const rng = createRng(seed, 'workforce');
	const joinedMonth = new Map(
		hubs.map((h) => [h.pcn_code, h.pcn_start_date === null ? null : monthOfDay(h.pcn_start_date)])
	);
	const rows: WorkforceRecord[] = [];
	inputs.pcns.forEach((pcn, pcnIndex) => {
		const practiceCount = inputs.practices.filter((p) => p.pcnCode === pcn.code).length;
		for (const skill of WORKFORCE_SKILLS) {
			const assumption = SKILL_ASSUMPTIONS[skill];
			const women = WORKFORCE_SKILL_AGES[skill].reduce(
				(sum, band) => sum + pcnWomen[pcnIndex][AGE_BANDS.indexOf(band)],
				0
			);
			let current = rng.poisson((assumption.baselinePer10k * women) / 10_000);
			const share = achievement(rng);
			for (let month = parseMonth(WORKFORCE_FIRST_MONTH); month <= endMonth; month++) {
				const planned = plannedCompletions(
					skill,
					month,
					joinedMonth.get(pcn.code) ?? null,
					practiceCount
				);
				const completions = rng.binomial(planned, share);
				current += completions - rng.binomial(current, assumption.monthlyLapse);
				rows.push({
					month,
					pcn_code: pcn.code,
					skill,
					clinicians_current: current,
					completions,
					planned_completions: planned
				});
			}
		}
	});
	return rows;
}
