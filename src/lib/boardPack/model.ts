/**
 * Everything the board pack shows for one month and locality, as plain data: the overview's
 * headline tiles computed for that month (each figure up to its end), then one section per card
 * that a headline KPI opens (sections.ts), each holding that card's model exactly as its page
 * builds it. The pack runs each page's own model loader with the pack's month and locality, so a
 * figure in the pack is the figure on the page. /access, /inequalities and /services show their
 * latest figures only, so their cards in the pack are those.
 */
import type { PageContext } from '$lib/data/pageContext';
import { completeMonths, reportingPeriod } from '$lib/data/period';
import { formatMonth } from '$lib/format/numbers';
import { ICB_NAME } from '$lib/facts';
import { boardMonth } from '$lib/kpis/boardMonth';
import { localitySlug } from '$lib/url/localityParam';
import { loadOverviewModel, type OverviewModel } from '$lib/topics/overview/model';
import { parseOverviewState } from '$lib/topics/overview/state';
import { loadLarcModel, type LarcModel } from '$lib/topics/larc/model';
import { parseLarcState } from '$lib/topics/larc/state';
import type { LarcSpcCardModel } from '$lib/topics/larc/spcCard';
import type { CommunityShareCardModel } from '$lib/topics/larc/communityShareCard';
import type { PessaryCardModel } from '$lib/topics/larc/pessaryCard';
import { loadCancerModel } from '$lib/topics/cancer/model';
import { parseCancerState } from '$lib/topics/cancer/state';
import type { CancerStandardCardModel } from '$lib/topics/cancer/cancerStandardCard';
import { loadRttModel } from '$lib/topics/rtt/model';
import { parseRttState } from '$lib/topics/rtt/state';
import type { RttDistributionCardModel } from '$lib/topics/rtt/rttDistributionCard';
import { loadAccessModel } from '$lib/topics/access/model';
import { parseAccessState } from '$lib/topics/access/state';
import { minutesMatrix } from '$lib/topics/access/travelMatrix';
import { accessView } from '$lib/topics/access/view';
import type { CoverageCardModel } from '$lib/topics/access/coverageCard';
import { loadInequalitiesModel } from '$lib/topics/inequalities/model';
import { parseInequalitiesState } from '$lib/topics/inequalities/state';
import type { ByGroupCardModel } from '$lib/topics/inequalities/byGroupCard';
import { loadServicesModel } from '$lib/topics/services/model';
import { parseServicesState } from '$lib/topics/services/state';
import type { MilestoneCardModel } from '$lib/topics/services/milestones';
import type { LarcReason } from '$lib/data/datasets';
import { packSections, type PackSectionPlan } from './sections';
import type { BoardPackState } from './state';

/** A card the pack can draw, by the card id the registry's detail names. */
export type PackCard =
	| { kind: 'larc-spc'; card: LarcSpcCardModel }
	| { kind: 'community-share'; card: CommunityShareCardModel }
	| { kind: 'pessary'; card: PessaryCardModel }
	| { kind: 'fds'; card: CancerStandardCardModel }
	| { kind: 'rtt-distribution'; card: RttDistributionCardModel }
	| { kind: 'access-coverage'; card: CoverageCardModel }
	| { kind: 'by-group'; card: ByGroupCardModel }
	| { kind: 'milestones'; card: MilestoneCardModel };

/** The cards of the pages that show one view, the latest (not a month's). */
interface LatestCards {
	coverage: CoverageCardModel;
	/** Null only if the measure asked for were not a rate: the pack asks for requests. */
	byGroup: ByGroupCardModel | null;
	milestones: MilestoneCardModel;
}

export interface PackSection extends PackSectionPlan {
	/** Null when the registry names a card the pack cannot draw yet: the section says so. */
	card: PackCard | null;
	/** Said above the card when it is not for the pack's month (or is left out for want of it). */
	note: string | null;
}

/** Cards whose pages have no month setting: they always show the latest figures held. */
const LATEST_ONLY: readonly PackCard['kind'][] = ['access-coverage', 'by-group', 'milestones'];
const RTT_SECTION = '/rtt#rtt-distribution';

function sectionNote(
	key: string,
	card: PackCard | null,
	m: { monthText: string; latestText: string; isLatest: boolean }
): string | null {
	if (key === RTT_SECTION && !card)
		return `Gynaecology referral-to-treatment figures for ${m.monthText} are not in the published data held, so the card is left out.`;
	if (card && LATEST_ONLY.includes(card.kind) && !m.isLatest)
		return (
			`This card shows the latest figures held (${m.latestText}), not ${m.monthText}: its page has ` +
			`no month setting. The headline tile above is for ${m.monthText}, so the two can differ.`
		);
	return null;
}

export interface BoardPackModel {
	/** YYYY-MM of the month reported, and e.g. "October 2026". */
	month: string;
	monthText: string;
	/** The area of the LARC and ring pessary cards: a locality or the ICB. */
	areaLabel: string;
	/** The months a pack can be made for (YYYY-MM, newest first), for the month control. */
	monthOptions: { value: string; label: string }[];
	problems: string[];
	/** The page's status message, naming the month and area. */
	status: string;
	tiles: OverviewModel['tiles'];
	sections: PackSection[];
}

/** Months with complete LARC data, newest first (YYYY-MM). */
function packMonths(ctx: PageContext): string[] {
	const { from, to } = completeMonths(reportingPeriod(ctx.manifest, 'larc_requests'));
	const months: string[] = [];
	for (let m = to.slice(0, 7); m >= from.slice(0, 7);) {
		months.push(m);
		const [y, mm] = m.split('-').map(Number);
		m = new Date(Date.UTC(y, mm - 2, 1)).toISOString().slice(0, 7);
	}
	return months;
}

function cardFor(
	key: string,
	larc: Record<LarcReason, LarcModel>,
	fds: CancerStandardCardModel,
	rtt: RttDistributionCardModel | null,
	latest: LatestCards
): PackCard | null {
	switch (key) {
		case '/larc#larc-spc:gynaecological':
			return { kind: 'larc-spc', card: larc.gynaecological.spc };
		case '/larc#larc-spc:contraceptive':
			return { kind: 'larc-spc', card: larc.contraceptive.spc };
		case '/larc#community-share:gynaecological':
			return { kind: 'community-share', card: larc.gynaecological.communityShare };
		case '/larc#pessary':
			return { kind: 'pessary', card: larc.gynaecological.pessary };
		case '/cancer#fds':
			return { kind: 'fds', card: fds };
		case '/rtt#rtt-distribution':
			return rtt ? { kind: 'rtt-distribution', card: rtt } : null;
		case '/access#coverage':
			return { kind: 'access-coverage', card: latest.coverage };
		case '/inequalities#by-group:contraceptive':
			return latest.byGroup ? { kind: 'by-group', card: latest.byGroup } : null;
		case '/services#milestones':
			return { kind: 'milestones', card: latest.milestones };
		default:
			return null;
	}
}

export async function loadBoardPackModel(
	ctx: PageContext,
	state: BoardPackState
): Promise<BoardPackModel> {
	const months = packMonths(ctx);
	const board = boardMonth(ctx.manifest);
	const problems: string[] = [];
	let month = state.month ?? board;
	if (!months.includes(month)) {
		problems.push(
			`${formatMonth(`${month}-01`)} has no complete month of activity data, so ${formatMonth(`${board}-01`)} is shown.`
		);
		month = board;
	}
	// Each page's state comes from its own parser, as if its URL were opened, so each card has
	// the page's defaults for everything the pack does not set.
	const locality: Record<string, string> = state.locality
		? { locality: localitySlug(state.locality) }
		: {};
	const params = (values: Record<string, string>) => new URLSearchParams(values);
	const larcState = (reason: LarcReason) =>
		parseLarcState(params({ reason, to: month, ...locality })).state;
	const accessState = parseAccessState(params({})).state;
	const [overview, gynaecological, contraceptive, cancer, rtt, access, inequalities, services] =
		await Promise.all([
			loadOverviewModel(ctx, parseOverviewState(params(locality)).state, month),
			loadLarcModel(ctx, larcState('gynaecological')),
			loadLarcModel(ctx, larcState('contraceptive')),
			loadCancerModel(ctx, parseCancerState(params({ cancer: 'gynaecological' })).state),
			loadRttModel(ctx, parseRttState(params({ month })).state),
			loadAccessModel(ctx, accessState),
			loadInequalitiesModel(
				ctx,
				parseInequalitiesState(
					params({ measure: 'requests', reason: 'contraceptive', group: 'imd-quintile' })
				).state
			),
			loadServicesModel(ctx, parseServicesState(params(locality)).state)
		]);
	const latest: LatestCards = {
		coverage: accessView(access.data, minutesMatrix(access.data), accessState).coverage,
		byGroup: inequalities.byGroup,
		milestones: services.milestones
	};
	const larc = { gynaecological, contraceptive };
	// The RTT card is drawn for the pack's month, or the latest month published before it (its
	// title names the month); never for a later month, which this board could not have seen.
	const rttCard = rtt.kind === 'ready' && rtt.period <= `${month}-01` ? rtt.distribution : null;
	const areaLabel = state.locality ?? ICB_NAME;
	const monthText = formatMonth(`${month}-01`);
	return {
		month,
		monthText,
		areaLabel,
		monthOptions: months.map((m) => ({ value: m, label: formatMonth(`${m}-01`) })),
		problems,
		status: `Showing the board pack for ${monthText}, LARC and ring pessary care for ${areaLabel}.`,
		tiles: overview.tiles,
		sections: packSections().map((plan) => {
			const card = cardFor(plan.key, larc, cancer.fds, rttCard, latest);
			const latestText = formatMonth(`${months[0]}-01`);
			const note = sectionNote(plan.key, card, {
				monthText,
				latestText,
				isLatest: month === months[0]
			});
			return { ...plan, card, note };
		})
	};
}
