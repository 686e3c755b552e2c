/**
 * The workforce card: clinicians with a current competence (LARC fitting, ring pessaries,
 * menopause) per 10,000 women of the ages each skill serves, by PCN; and training completions
 * against plan month by month, with menopause training (the strategy's first workforce focus)
 * drawn cumulatively. Synthetic demonstration data; the denominators are modelled.
 */
import { SERIES_STYLES, type Series } from '$lib/components/charts/types';
import { buildDownload, numberColumn, textColumn, type Download } from '$lib/csv/download';
import { NO_PATIENT_COUNTS } from '$lib/csv/disclosureRules';
import { SOURCE } from '$lib/csv/provenance';
import { monthStart, previousMonthEnd } from '$lib/data/period';
import { WORKFORCE_SKILL_AGES, WORKFORCE_SKILLS, type WorkforceSkill } from '$lib/data/services';
import {
	formatDay,
	formatMonth,
	formatShortMonth,
	ONE_DECIMAL,
	PERCENT_1DP,
	WHOLE_NUMBER
} from '$lib/format/numbers';
import type { TrainingMonthRow, WorkforceByPcnRow } from '$lib/queries/workforce';
import { ageRangeText } from './ages';

export const SKILL_LABEL: Record<WorkforceSkill, string> = {
	larc_fitting: 'LARC fitters',
	ring_pessary: 'Ring pessary trained',
	menopause: 'Menopause trained'
};

/** "women aged 15–64" for each skill. */
export function skillWomen(skill: WorkforceSkill): string {
	const bands = WORKFORCE_SKILL_AGES[skill];
	return `women aged ${ageRangeText(bands[0], bands[bands.length - 1])}`;
}

/** Last day of the month that `isoDate` falls in. */
const monthEnd = (isoDate: string) => previousMonthEnd(monthStart(isoDate, 1));

const per10k = (clinicians: number, women: number) =>
	women > 0 ? (clinicians / women) * 10_000 : null;

export interface WorkforcePcnRow {
	key: string;
	pcnName: string;
	locality: string;
	cells: { skill: WorkforceSkill; count: string; rate: string }[];
}

export interface TrainingTableRow {
	key: string;
	monthLabel: string;
	skill: string;
	completions: string;
	planned: string;
	cumulative: string;
	cumulativePlanned: string;
	shareOfPlan: string;
}

export interface WorkforceCardModel {
	id: 'workforce';
	title: string;
	kind: 'synthetic';
	summary: string;
	chart: { series: Series[]; label: string; yLabel: string };
	pcnCaption: string;
	skillHeadings: { skill: WorkforceSkill; label: string; women: string }[];
	pcnRows: WorkforcePcnRow[];
	areaRow: WorkforcePcnRow;
	trainingCaption: string;
	trainingRows: TrainingTableRow[];
	downloads: Download[];
}

interface CumulativeRow extends TrainingMonthRow {
	cumulative: number;
	cumulativePlanned: number;
}

function cumulate(rows: readonly TrainingMonthRow[]): CumulativeRow[] {
	const running = new Map<string, [number, number]>();
	return rows.map((row) => {
		const [done, planned] = running.get(row.skill) ?? [0, 0];
		const next: [number, number] = [done + row.completions, planned + row.planned_completions];
		running.set(row.skill, next);
		return { ...row, cumulative: next[0], cumulativePlanned: next[1] };
	});
}

const shareOfPlan = (r: CumulativeRow) =>
	r.cumulativePlanned > 0 ? r.cumulative / r.cumulativePlanned : null;

export function workforceCardModel(input: {
	byPcn: readonly WorkforceByPcnRow[];
	training: readonly TrainingMonthRow[];
	/** First day of the month the counts are at. */
	month: string;
	area: string;
}): WorkforceCardModel {
	const pcns = [...new Set(input.byPcn.map((r) => r.pcn_code))];
	const cellsOf = (rows: readonly WorkforceByPcnRow[]) =>
		WORKFORCE_SKILLS.map((skill) => {
			const own = rows.filter((r) => r.skill === skill);
			const count = own.reduce((n, r) => n + r.clinicians_current, 0);
			const rate = per10k(
				count,
				own.reduce((n, r) => n + r.women, 0)
			);
			return { skill, count: String(count), rate: rate === null ? '–' : ONE_DECIMAL.text(rate) };
		});
	const pcnRows = pcns.map((code) => {
		const own = input.byPcn.filter((r) => r.pcn_code === code);
		return { key: code, pcnName: own[0].pcn_name, locality: own[0].locality, cells: cellsOf(own) };
	});
	const areaRow = { key: 'area', pcnName: input.area, locality: '', cells: cellsOf(input.byPcn) };
	const training = cumulate(input.training);
	const menopause = training.filter((r) => r.skill === 'menopause');
	const latest = menopause[menopause.length - 1];
	const asAt = formatDay(monthEnd(input.month));
	const larc = areaRow.cells[0];
	const summary = latest
		? `Menopause training, the programme's first workforce focus: ${latest.cumulative} clinicians trained by ${formatMonth(latest.month)} against a plan of ${latest.cumulativePlanned}` +
			(shareOfPlan(latest) === null ? '' : ` (${PERCENT_1DP.text(shareOfPlan(latest)!)})`) +
			`. ${input.area} has ${larc.count} LARC fitters with current competence, ${larc.rate} per 10,000 ${skillWomen('larc_fitting')}, as at ${asAt}.`
		: `No training records for ${input.area}.`;
	const period = { from: input.month, to: monthEnd(input.month) };
	const trainingPeriod = training.length
		? { from: training[0].month, to: monthEnd(training[training.length - 1].month) }
		: null;
	return {
		id: 'workforce',
		title: 'Workforce: trained clinicians by PCN, and training against plan',
		kind: 'synthetic',
		summary,
		chart: {
			series: [
				{
					key: 'trained',
					label: 'Trained (cumulative)',
					points: menopause.map((r) => ({ date: monthEnd(r.month), value: r.cumulative }))
				},
				{
					key: 'plan',
					label: 'Plan (cumulative)',
					points: menopause.map((r) => ({ date: monthEnd(r.month), value: r.cumulativePlanned }))
				}
			].map((s, i) => ({ ...s, ...SERIES_STYLES[i] })),
			label: `Chart: clinicians completing menopause training in ${input.area}, cumulative by month, against the plan`,
			yLabel: 'Clinicians trained (cumulative)'
		},
		pcnCaption: `Clinicians with a current competence by PCN, ${asAt}, per 10,000 women of the ages each skill serves (synthetic demonstration data)`,
		skillHeadings: WORKFORCE_SKILLS.map((skill) => ({
			skill,
			label: SKILL_LABEL[skill],
			women: skillWomen(skill)
		})),
		pcnRows,
		areaRow,
		trainingCaption: `Training completions against plan by month in ${input.area} (synthetic demonstration data)`,
		trainingRows: training.map((r) => ({
			key: r.month + r.skill,
			monthLabel: formatShortMonth(r.month),
			skill: SKILL_LABEL[r.skill],
			completions: String(r.completions),
			planned: String(r.planned_completions),
			cumulative: String(r.cumulative),
			cumulativePlanned: String(r.cumulativePlanned),
			shareOfPlan: shareOfPlan(r) === null ? '–' : PERCENT_1DP.text(shareOfPlan(r)!)
		})),
		downloads: [
			buildDownload<WorkforceByPcnRow>({
				name: 'workforce-by-pcn',
				metadata: {
					title: 'Clinicians with a current competence by PCN',
					area: input.area,
					period,
					source: SOURCE.workforce,
					kind: 'synthetic'
				},
				disclosure: NO_PATIENT_COUNTS,
				rows: input.byPcn,
				columns: [
					textColumn('locality', (r) => r.locality),
					textColumn('pcn_code', (r) => r.pcn_code),
					textColumn('pcn_name', (r) => r.pcn_name),
					textColumn('skill', (r) => r.skill),
					numberColumn('clinicians_current', (r) => r.clinicians_current, WHOLE_NUMBER),
					textColumn('denominator', (r) => skillWomen(r.skill)),
					numberColumn('women_modelled', (r) => r.women, WHOLE_NUMBER),
					numberColumn('per_10000_women', (r) => per10k(r.clinicians_current, r.women), ONE_DECIMAL)
				]
			}),
			buildDownload<CumulativeRow>({
				name: 'training-against-plan',
				metadata: {
					title: 'Training completions against plan by month',
					area: input.area,
					period: trainingPeriod,
					source: SOURCE.workforce,
					kind: 'synthetic'
				},
				disclosure: NO_PATIENT_COUNTS,
				rows: training,
				columns: [
					textColumn('month', (r) => r.month),
					textColumn('skill', (r) => r.skill),
					numberColumn('completions', (r) => r.completions, WHOLE_NUMBER),
					numberColumn('planned_completions', (r) => r.planned_completions, WHOLE_NUMBER),
					numberColumn('cumulative_completions', (r) => r.cumulative, WHOLE_NUMBER),
					numberColumn('cumulative_planned', (r) => r.cumulativePlanned, WHOLE_NUMBER),
					numberColumn('percent_of_plan_cumulative', shareOfPlan, PERCENT_1DP)
				]
			})
		]
	};
}
