/**
 * The cancer waiting-time standard in force in a given month, as a proportion (0–1). Dates and
 * thresholds: reference_constants.json (cancer_waiting_times), which summarises NHS England's
 * planning guidance; "by March YYYY" ambitions apply to the financial year that ends then.
 */

export interface StandardInForce {
	/** null = no standard in force that month. */
	threshold: number | null;
	/** Why, with the source. */
	basis: string;
}

interface Step {
	from: string;
	threshold: number | null;
	basis: string;
}

function inForce(steps: readonly Step[], period: string): StandardInForce {
	const step = [...steps].reverse().find((s) => period >= s.from);
	return step
		? { threshold: step.threshold, basis: step.basis }
		: { threshold: null, basis: 'no standard in force' };
}

/** 28-day Faster Diagnosis Standard. */
const FDS_STEPS: readonly Step[] = [
	// Published from April 2021 while being introduced; 75% standard from October 2021
	// (reference_constants: 75% from its introduction in 2021).
	{
		from: '2021-04-01',
		threshold: null,
		basis: 'FDS published but not yet a standard (75% from October 2021)'
	},
	{ from: '2021-10-01', threshold: 0.75, basis: 'FDS 75% (from October 2021)' },
	// 77% by March 2025: 2024/25 priorities and operational planning guidance.
	{
		from: '2024-04-01',
		threshold: 0.77,
		basis: 'FDS 77% by March 2025 (2024/25 planning guidance)'
	},
	// 80% by March 2026: 2025/26 priorities and operational planning guidance.
	{ from: '2025-04-01', threshold: 0.8, basis: 'FDS 80% by March 2026 (2025/26 planning guidance)' }
];

export function fasterDiagnosisStandard(period: string): StandardInForce {
	return inForce(FDS_STEPS, period);
}

/** The constitutional 62-day referral-to-treatment standard: 85% throughout. */
export const SIXTY_TWO_DAY_CONSTITUTIONAL: StandardInForce = {
	threshold: 0.85,
	basis: '62-day standard 85% (NHS Constitution)'
};

/** Interim operational ambitions for the 62-day standard, set year by year. */
const SIXTY_TWO_DAY_INTERIM: readonly Step[] = [
	{ from: '2000-01-01', threshold: null, basis: 'no interim 62-day ambition set' },
	// 70% by March 2025: 2024/25 planning guidance (reference_constants interim 70% by 2025-03).
	{
		from: '2024-04-01',
		threshold: 0.7,
		basis: '62-day interim 70% by March 2025 (2024/25 planning guidance)'
	},
	// 75% by March 2026: 2025/26 priorities and operational planning guidance.
	{
		from: '2025-04-01',
		threshold: 0.75,
		basis: '62-day interim 75% by March 2026 (2025/26 planning guidance)'
	}
];

export function sixtyTwoDayInterim(period: string): StandardInForce {
	return inForce(SIXTY_TWO_DAY_INTERIM, period);
}
