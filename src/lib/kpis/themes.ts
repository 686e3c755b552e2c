/**
 * The themes of the Mid and South Essex women's health strategy the overview groups its tiles by:
 * the "key services for review during 2024/25" that the dashboard's measures speak to, in the
 * strategy's words (MSE ICS women's health strategy, 2024), and the hubs the strategy delivers
 * them through, measured against NHS England's minimum requirements for a hub.
 */
export const STRATEGY_THEMES = [
	{
		id: 'menstrual_gynaecological',
		title: 'Menstrual health and gynaecological conditions',
		aim: 'A primary care service to deliver LARC for gynaecological purposes, closer to home, with the potential to reduce waiting times for care.'
	},
	{
		id: 'contraception',
		title: 'Contraception offer',
		aim: 'Improve access to contraception and reduce inequalities in access to LARC.'
	},
	{
		id: 'pelvic_floor',
		title: 'Pelvic floor health',
		aim: 'Primary care professionals delivering ring pessary services.'
	},
	{
		id: 'hub_programme',
		title: "Women's health hubs",
		aim: "Each locality's hub meeting NHS England's minimum requirements for a women's health hub."
	}
] as const;

export type StrategyThemeId = (typeof STRATEGY_THEMES)[number]['id'];
export const STRATEGY_THEME_IDS = STRATEGY_THEMES.map((t) => t.id) as [
	StrategyThemeId,
	...StrategyThemeId[]
];
