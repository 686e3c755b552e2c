/**
 * The milestone tracker: NHS England's minimum requirements for women's health hubs, met or not
 * for each hub (one per locality) and the ICB, with the date each was first met, computed from
 * the service offers over time. The ICB meets a requirement when its first hub does (the
 * requirement is for at least one hub). Synthetic demonstration data.
 */
import { buildDownload, textColumn, type Download } from '$lib/csv/download';
import { NO_PATIENT_COUNTS } from '$lib/csv/disclosureRules';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import { LOCALITIES } from '$lib/data/datasets';
import { HUB_ALL_CORE_TRIAGED_BY, HUB_CLINICAL_TWO_CORE_BY, ICB_NAME } from '$lib/facts';
import { formatDay, formatMonth } from '$lib/format/numbers';
import type { HubMilestoneRow } from '$lib/queries/serviceOffers';

type RequirementKey = Exclude<keyof HubMilestoneRow, 'locality'>;

export interface Requirement {
	key: RequirementKey;
	label: string;
	/** ISO date it was due by; null when no date is set nationally. */
	dueBy: string | null;
}

export const HUB_REQUIREMENTS: readonly Requirement[] = [
	{
		key: 'clinical_two_core',
		label: 'Clinical support in at least two core services',
		dueBy: HUB_CLINICAL_TWO_CORE_BY
	},
	{ key: 'all_core_triaged', label: 'All core services triaged', dueBy: HUB_ALL_CORE_TRIAGED_BY },
	{
		key: 'in_person_two_core',
		label: 'Clinical support in person in at least two core services',
		dueBy: null
	}
];

export interface MilestoneStatus {
	key: RequirementKey;
	met: boolean;
	icon: string;
	/** "Met 1 July 2024 (on time)", "Not met (due by 31 December 2024)". */
	text: string;
	firstMet: string | null;
}

export interface MilestoneArea {
	key: string;
	area: string;
	isIcb: boolean;
	statuses: MilestoneStatus[];
}

export interface MilestoneCardModel {
	id: 'milestones';
	title: string;
	kind: 'synthetic';
	summary: string;
	caption: string;
	requirements: readonly Requirement[];
	areas: MilestoneArea[];
	downloads: Download[];
}

function status(requirement: Requirement, firstMet: string | null): MilestoneStatus {
	const due = requirement.dueBy ? `due by ${formatDay(requirement.dueBy)}` : 'no national date';
	if (firstMet === null)
		return { key: requirement.key, met: false, icon: '✗', text: `Not met (${due})`, firstMet };
	const timing = requirement.dueBy
		? firstMet <= requirement.dueBy
			? 'on time'
			: `after the ${formatMonth(requirement.dueBy)} deadline`
		: null;
	return {
		key: requirement.key,
		met: true,
		icon: '✓',
		text: `Met ${formatDay(firstMet)}${timing ? ` (${timing})` : ''}`,
		firstMet
	};
}

export function milestoneCardModel(input: {
	rows: readonly HubMilestoneRow[];
	asAt: string;
}): MilestoneCardModel {
	const rowOf = (locality: string | null) => input.rows.find((r) => r.locality === locality);
	const area = (key: string, name: string, locality: string | null): MilestoneArea => ({
		key,
		area: name,
		isIcb: locality === null,
		statuses: HUB_REQUIREMENTS.map((req) => status(req, rowOf(locality)?.[req.key] ?? null))
	});
	const areas = [
		area('icb', `${ICB_NAME} ICB (first hub)`, null),
		...LOCALITIES.map((l) => area(l, `${l} hub`, l))
	];
	const icb = areas[0].statuses;
	const unmet = HUB_REQUIREMENTS.filter((_, i) => !icb[i].met).map((r) => r.label.toLowerCase());
	const localitiesMissing = areas.slice(1).filter((a) => a.statuses.some((s) => !s.met));
	const summary =
		`As at ${formatDay(input.asAt)}, the ICB ` +
		(unmet.length === 0
			? `meets all ${HUB_REQUIREMENTS.length} minimum requirements for hubs`
			: `does not yet meet: ${unmet.join('; ')}`) +
		(localitiesMissing.length === 0
			? ', and so does every locality’s hub.'
			: `; ${localitiesMissing.length} of ${LOCALITIES.length} locality hubs do not yet meet them all (${localitiesMissing.map((a) => a.area.replace(/ hub$/, '')).join(', ')}).`);
	return {
		id: 'milestones',
		title: 'National minimum requirements for hubs: met or not',
		kind: 'synthetic',
		summary,
		caption: `Minimum requirements for women's health hubs, first date met, as at ${formatDay(input.asAt)} (synthetic demonstration data)`,
		requirements: HUB_REQUIREMENTS,
		areas,
		downloads: [
			buildDownload<{ area: MilestoneArea; req: Requirement; s: MilestoneStatus }>({
				name: 'hub-minimum-requirements',
				metadata: {
					title: 'Minimum requirements for women’s health hubs, first date met',
					area: ICB_AREA,
					period: { from: input.asAt, to: input.asAt },
					source: SOURCE.serviceOffers,
					kind: 'synthetic'
				},
				disclosure: NO_PATIENT_COUNTS,
				rows: areas.flatMap((a) =>
					HUB_REQUIREMENTS.map((req, i) => ({ area: a, req, s: a.statuses[i] }))
				),
				columns: [
					textColumn('hub', (r) => r.area.area),
					textColumn('requirement', (r) => r.req.label),
					textColumn('due_by', (r) => r.req.dueBy),
					textColumn('met', (r) => (r.s.met ? 'yes' : 'no')),
					textColumn('first_met', (r) => r.s.firstMet)
				]
			})
		]
	};
}
