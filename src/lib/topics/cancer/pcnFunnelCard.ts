/**
 * The synthetic referral rates by PCN card: urgent referrals for suspected gynaecological cancer
 * per 100,000 women a year on a funnel plot, to spot outlying PCNs. The counts are PCN-level
 * (sub-national), so they follow disclosure control: 1–7 shown as *, others rounded to 5; and a
 * PCN's rate, its 95% interval and its place on the funnel, all worked from its count, are withheld
 * with a count of 1–7 (secondary suppression).
 */
import {
	buildDownload,
	countColumn,
	numberColumn,
	textColumn,
	type Download
} from '$lib/csv/download';
import { ICB_AREA, SOURCE } from '$lib/csv/provenance';
import type { Period } from '$lib/data/datasets';
import { formatMonth, formatSuppressedCount, nearest, WHOLE_NUMBER } from '$lib/format/numbers';
import type { UscPcnRow } from '$lib/queries/uscReferrals';
import { isSuppressedCount, SUPPRESSED } from '$lib/stats/disclosure';
import type { FunnelBand, FunnelSignificance } from '$lib/stats/funnels';
import { describeSignificance, pcnFunnel, type PcnRate } from './pcnFunnel';

export interface PcnFunnelCardInput {
	rows: readonly UscPcnRow[];
	/** The months pooled. */
	period: Period;
}

/** One PCN as the funnel plot draws it. */
export interface PcnFunnelPoint {
	key: string;
	label: string;
	denominator: number;
	value: number;
	significance: FunnelSignificance;
}

export interface PcnFunnelTableRow {
	pcnCode: string;
	name: string;
	locality: string;
	referrals: string;
	women: string;
	rate: string;
	ci: string;
	funnel: string;
}

export interface PcnFunnelCardModel {
	id: 'usc-pcn-funnel';
	title: string;
	kind: 'synthetic';
	summary: string;
	chart: {
		/** PCNs whose rate may be shown; a PCN with 1–7 referrals is not drawn. */
		points: PcnFunnelPoint[];
		limits: (FunnelBand & { population: number })[];
		baseline: number;
		/** What the keyboard read-out says about each point, by PCN code. */
		descriptions: Record<string, string>;
		label: string;
		xLabel: string;
		yLabel: string;
	};
	caption: string;
	rows: PcnFunnelTableRow[];
	downloads: Download[];
}

/** Registered women are an estimate, good to the nearest 10 at best. */
const WOMEN = nearest(10);
const perYear = WHOLE_NUMBER.text;
const WITHHELD = 'Withheld: 1 to 7 referrals';
/** In a download, a figure worked from the PCN's count is written * with a count of 1–7. */
const fromCount = { from: (r: PcnRate) => [r.referrals] };

/** A PCN's rate, interval and place on the funnel are worked from its count. */
const withheld = (r: PcnRate) => isSuppressedCount(r.referrals);

function funnelText(r: PcnRate): string {
	return withheld(r) ? WITHHELD : describeSignificance(r.significance);
}

function ciText(r: PcnRate): string {
	if (withheld(r)) return SUPPRESSED;
	return r.lower === null || r.upper === null ? '' : `${perYear(r.lower)} to ${perYear(r.upper)}`;
}

function describe(r: PcnRate): string {
	return (
		`${r.pcn_name} (${r.locality}): ${perYear(r.rate)} per 100,000 women a year, ` +
		`about ${formatSuppressedCount(r.referrals)} referrals, about ${WOMEN.text(r.women)} women; ` +
		describeSignificance(r.significance)
	);
}

export function pcnFunnelCardModel(input: PcnFunnelCardInput): PcnFunnelCardModel {
	const funnel = pcnFunnel(input.rows);
	const shown = funnel.rates.filter((r) => !withheld(r));
	const hidden = funnel.rates.length - shown.length;
	const outliers = shown.filter((r) => r.significance.endsWith('(0.001)'));
	const windowLabel = `${formatMonth(input.period.from)} to ${formatMonth(input.period.to)}`;
	const caption = `Synthetic urgent referrals for suspected gynaecological cancer by PCN, ${windowLabel}`;
	const notDrawn =
		hidden === 0
			? ''
			: ` ${hidden} ${hidden === 1 ? 'PCN has' : 'PCNs have'} 1 to 7 referrals, so ${hidden === 1 ? 'its rate is' : 'their rates are'} withheld and not drawn.`;
	return {
		id: 'usc-pcn-funnel',
		title:
			'Suspected gynaecological cancer referral rates by PCN, per 100,000 women a year (synthetic)',
		kind: 'synthetic',
		summary:
			`Synthetic, ${windowLabel}: the ICB rate is ${perYear(funnel.baseline)} urgent referrals for ` +
			`suspected gynaecological cancer per 100,000 women a year; ${outliers.length} of ` +
			`${shown.length} PCNs lie outside the 99.8% limits` +
			(outliers.length ? ` (${outliers.map((r) => r.pcn_name).join(', ')}).` : '.') +
			notDrawn,
		chart: {
			points: shown.map((r) => ({
				key: r.pcn_code,
				label: r.pcn_name,
				denominator: r.women,
				value: r.rate,
				significance: r.significance
			})),
			limits: funnel.limits,
			baseline: funnel.baseline,
			descriptions: Object.fromEntries(shown.map((r) => [r.pcn_code, describe(r)])),
			label: 'Funnel plot: synthetic referral rate of each PCN against its women registered',
			xLabel: 'Women registered with the PCN (estimated)',
			yLabel: 'Referrals per 100,000 women a year'
		},
		caption,
		rows: funnel.rates.map((r) => ({
			pcnCode: r.pcn_code,
			name: r.pcn_name,
			locality: r.locality,
			referrals: formatSuppressedCount(r.referrals),
			women: WOMEN.text(r.women),
			rate: withheld(r) ? SUPPRESSED : perYear(r.rate),
			ci: ciText(r),
			funnel: funnelText(r)
		})),
		downloads: [
			buildDownload<PcnRate>({
				name: 'usc-gynae-referral-rates-by-pcn-synthetic',
				metadata: {
					title: caption,
					area: ICB_AREA,
					period: input.period,
					source: SOURCE.uscByPcn,
					kind: 'synthetic'
				},
				rows: funnel.rates,
				columns: [
					textColumn('pcn_code', (r) => r.pcn_code),
					textColumn('pcn_name', (r) => r.pcn_name),
					textColumn('locality', (r) => r.locality),
					countColumn('referrals_synthetic', (r) => r.referrals),
					numberColumn('women_registered_estimated', (r) => r.women, WOMEN),
					numberColumn('rate_per_100000_women_a_year', (r) => r.rate, WHOLE_NUMBER, fromCount),
					numberColumn('ci95_lower', (r) => r.lower, WHOLE_NUMBER, fromCount),
					numberColumn('ci95_upper', (r) => r.upper, WHOLE_NUMBER, fromCount),
					textColumn('funnel_plot', funnelText)
				]
			})
		]
	};
}
