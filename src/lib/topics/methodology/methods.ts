/**
 * The statistical methods the dashboard uses, each with the reference its code in $lib/stats
 * reproduces (and is tested against, tests/reference-vectors/).
 */
export interface StatisticalMethod {
	name: string;
	usedFor: string;
	method: string;
	reference: string;
}

export const STATISTICAL_METHODS: readonly StatisticalMethod[] = [
	{
		name: 'Statistical process control (XmR charts)',
		usedFor: 'LARC waiting list and share within target; headline variation and assurance icons',
		method:
			'Individuals chart: mean ± 2.66 × the average moving range (moving ranges of 3.267 × the average or more screened out); special cause from a point outside the limits, a run of points on one side of the mean, a trend, or two of three points near a limit.',
		reference:
			'NHS England, Making Data Count; NHSRplotthedots (ptd_spc) and the NHS-R PowerBI-SPC visual'
	},
	{
		name: 'Confidence intervals for proportions',
		usedFor: 'Community share of LARC, ring pessary care in primary care, cancer standards',
		method: 'Wilson score interval, 95 %.',
		reference: 'OHID Fingertips; PHEindicatormethods (phe_proportion)'
	},
	{
		name: 'Confidence intervals for rates',
		usedFor: 'LARC requests per 1,000 women, urgent suspected cancer referrals per 100,000',
		method: "Byar's approximation to the exact Poisson interval, 95 %.",
		reference: 'OHID Fingertips; PHEindicatormethods (phe_rate)'
	},
	{
		name: 'Slope index of inequality',
		usedFor: 'LARC request rates by IMD 2025 quintile',
		method:
			'Weighted least-squares slope across the cumulative population midpoints of the quintiles; Monte Carlo (seeded) 95 % interval.',
		reference: 'PHEindicatormethods (phe_sii)'
	},
	{
		name: 'Funnel plots',
		usedFor: 'Community share of gynaecological LARC by PCN, referrals by PCN',
		method:
			'Control limits at 95 % and 99.8 % around the average: inverse Wilson limits for proportions, exact Poisson for rates.',
		reference: 'PHEindicatormethods funnel functions (after Spiegelhalter)'
	},
	{
		name: 'Waiting-list queue maths',
		usedFor: 'Capacity to clear the LARC backlog by a date',
		method:
			'Weekly demand and capacity, target queue size and relief capacity from the target wait.',
		reference: 'NHSRwaitinglist (after Fong et al.)'
	},
	{
		name: 'Disclosure control',
		usedFor: 'Every sub-national count on screen, in charts and in downloads',
		method:
			'Counts 1–7 shown as *, others rounded to the nearest 5; a figure derived from a withheld count is withheld too. Rates and intervals use unrounded counts.',
		reference: 'NHS England / NHS Digital sub-national disclosure rule (codonPython suppression)'
	}
];
