/**
 * The clinicians behind the services: by PCN, those with a current competence in each skill at a
 * month's end with the women of the ages the skill serves (the denominator of a rate per 10,000),
 * and training completions month by month against the plan.
 */
import type { AnalyticsDatabase } from '$lib/data/database';
import type { Locality } from '$lib/data/datasets';
import { queryRows } from '$lib/data/queryRows';
import {
	ageBandRankSql,
	WORKFORCE_SKILL_AGES,
	WORKFORCE_SKILLS,
	type WorkforceSkill
} from '$lib/data/services';

/** (skill, age band) pairs from the shared definition: constants, never user input. */
const SKILL_AGES_VALUES = WORKFORCE_SKILLS.flatMap((skill) =>
	WORKFORCE_SKILL_AGES[skill].map((band) => `('${skill}', '${band}')`)
).join(', ');

export interface WorkforceByPcnRow {
	pcn_code: string;
	pcn_name: string;
	locality: string;
	skill: WorkforceSkill;
	clinicians_current: number;
	/** Women of the skill's ages registered with the PCN (modelled, unrounded). */
	women: number;
}

const WORKFORCE_BY_PCN_SQL = `
WITH skill_ages(skill, age_band) AS (VALUES ${SKILL_AGES_VALUES}),
-- Rounded to a millionth of a woman: both engines then agree whatever order they add in.
skill_women AS (
	SELECT a.skill, w.pcn_code, sum(w.women) AS women
	FROM skill_ages a JOIN population_female_pcn w
		ON ${ageBandRankSql('w.age_band')} = ${ageBandRankSql('a.age_band')}
	GROUP BY a.skill, w.pcn_code
)
SELECT p.pcn_code, p.pcn_name, p.locality, f.skill, f.clinicians_current, round(s.women, 6)::DOUBLE AS women
FROM workforce f
JOIN pcns p USING (pcn_code)
JOIN skill_women s ON s.skill = f.skill AND s.pcn_code = f.pcn_code
WHERE f.month = date_trunc('month', $month::DATE)
	AND (CAST($locality AS VARCHAR) IS NULL OR p.locality = $locality)
ORDER BY p.locality, p.pcn_name, f.skill`;

export function workforceByPcn(
	db: AnalyticsDatabase,
	a: { month: string; locality?: Locality | null }
): Promise<WorkforceByPcnRow[]> {
	return queryRows<WorkforceByPcnRow>(db, WORKFORCE_BY_PCN_SQL, {
		month: a.month,
		locality: a.locality ?? null
	});
}

export interface TrainingMonthRow {
	/** First day of the month. */
	month: string;
	skill: WorkforceSkill;
	completions: number;
	planned_completions: number;
}

const TRAINING_SQL = `
SELECT f.month, f.skill, sum(f.completions)::INTEGER AS completions,
	sum(f.planned_completions)::INTEGER AS planned_completions
FROM workforce f JOIN pcns p USING (pcn_code)
WHERE f.month <= $month::DATE AND (CAST($locality AS VARCHAR) IS NULL OR p.locality = $locality)
GROUP BY f.month, f.skill
ORDER BY f.month, f.skill`;

/** Training completions and the plan by month and skill, up to `month`, for the area. */
export function trainingAgainstPlan(
	db: AnalyticsDatabase,
	a: { month: string; locality?: Locality | null }
): Promise<TrainingMonthRow[]> {
	return queryRows<TrainingMonthRow>(db, TRAINING_SQL, {
		month: a.month,
		locality: a.locality ?? null
	});
}
