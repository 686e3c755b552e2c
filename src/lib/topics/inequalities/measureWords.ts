/**
 * How the page words the measures beyond the LARC rates: title, unit, column headers, what the
 * interval is, the data's kind and source, and the dates they cover. One place, so a figure's
 * label, its table and its download say the same thing.
 */
import type { DataKind, LarcReason, Period } from '$lib/data/datasets';
import { SOURCE } from '$lib/csv/provenance';
import { formatMonth, ONE_DECIMAL } from '$lib/format/numbers';
import type { SiiValueType } from '$lib/stats/sii';
import type {
	InequalityGrouping,
	InequalityMeasure,
	LarcRateMeasure
} from '$lib/url/inequalitiesParams';
import { groupingInText } from './labels';

export type OtherMeasure = Exclude<InequalityMeasure, LarcRateMeasure>;

export interface MeasureWords {
	measure: OtherMeasure;
	kind: DataKind;
	/** "Median wait to a gynaecological LARC fit", as a title and inside a sentence. */
	name: string;
	/** "weeks", "%" or "per 1,000 women a year". */
	unit: string;
	/** A value with its unit: "9.1 weeks", "52.3%", "1.2 per 1,000 women a year". */
	withUnit: (value: number) => string;
	/** A value as the table shows it, without the unit. */
	plain: (value: number) => string;
	valueHeader: string;
	numeratorHeader: string;
	/** Null for a median (it has no denominator). */
	denominatorHeader: string | null;
	/** Whether the numerator is a count of people or events (disclosure applies)… */
	counted: boolean;
	/** …and the denominator (all fits); otherwise it is modelled women or women-years. */
	denominatorCounted: boolean;
	/** The dates the figures count; null for travel (the sites as they stand). */
	period: Period | null;
	/** "in the 12 months to October 2026", or where the figure stands. */
	when: string;
	/** "women aged 15–64 fitted", of whom the figure is (before `when`). */
	who: string;
	/** "by IMD 2025 national quintile": how the groups are named inside a sentence. */
	byText: (grouping: InequalityGrouping) => string;
	/** Travel: "within 30 minutes by car of a site offering gynaecological LARC". */
	near: string;
	/** How the 95 % interval is worked out. */
	interval: string;
	source: string;
	/** How the slope index treats the values; null when it is not given. */
	siiType: SiiValueType | null;
	/** The start of a download's file name. */
	fileStem: string;
}

const one = ONE_DECIMAL.text;

export interface MeasureWordsInput {
	measure: OtherMeasure;
	reason: LarcReason;
	/** The 12 months the figure counts (none for travel, which is as the sites stand). */
	window: Period;
	/** "15–64": the ages of the LARC rates and the service. */
	ages: string;
	minutes: number;
}

export function measureWords(input: MeasureWordsInput): MeasureWords {
	const { measure, reason, window, ages, minutes } = input;
	const months = `in the 12 months to ${formatMonth(window.to)}`;
	const common = {
		measure,
		plain: one,
		counted: true,
		denominatorCounted: false,
		when: months,
		period: window as Period | null,
		byText: (g: InequalityGrouping) => `by ${groupingInText(g)}`,
		near: ''
	};
	switch (measure) {
		case 'median-wait':
			return {
				...common,
				kind: 'synthetic',
				name: `Median wait to a ${reason} LARC fit`,
				unit: 'weeks',
				withUnit: (v) => `${one(v)} weeks`,
				valueHeader: 'Median wait (weeks)',
				numeratorHeader: 'Fits',
				denominatorHeader: null,
				who: `women aged ${ages} fitted`,
				interval:
					'a distribution-free interval from the order statistics (exact binomial ranks; ' +
					'Conover 1999), none under 6 fits',
				source: SOURCE.larcInequalities,
				siiType: 'other',
				fileStem: `larc-${reason}-median-wait`
			};
		case 'community-share':
			return {
				...common,
				kind: 'synthetic',
				name: 'Community share of gynaecological LARC',
				unit: '%',
				withUnit: (v) => `${one(v)}%`,
				valueHeader: 'In the community (%)',
				numeratorHeader: 'Fits in primary care or a hub',
				denominatorHeader: 'All fits',
				denominatorCounted: true,
				who: `gynaecological LARC fits for women aged ${ages}`,
				interval: 'Wilson score',
				source: SOURCE.larcInequalities,
				siiType: 'proportion',
				fileStem: 'larc-gynaecological-community-share'
			};
		case 'travel':
			return {
				...common,
				kind: 'modelled',
				counted: false,
				name: `Women within ${minutes} minutes by car of a site offering ${reason} LARC (modelled)`,
				unit: '%',
				withUnit: (v) => `${one(v)}%`,
				valueHeader: `Within ${minutes} minutes (%)`,
				numeratorHeader: `Women within ${minutes} minutes (modelled)`,
				denominatorHeader: 'Women (modelled)',
				when: 'with the sites as configured today',
				period: null,
				who: `women aged ${ages}`,
				near: `within ${minutes} minutes by car of a site offering ${reason} LARC`,
				interval: 'Wilson score, taking the modelled women as counts',
				source: SOURCE.travelInequalities,
				siiType: 'proportion',
				fileStem: `travel-${reason}-larc-within-${minutes}-minutes`
			};
		case 'usc-referrals':
			return {
				...common,
				kind: 'synthetic',
				name: 'Suspected gynaecological cancer referrals per 1,000 women',
				unit: 'per 1,000 women a year',
				withUnit: (v) => `${one(v)} per 1,000 women a year`,
				valueHeader: 'Rate per 1,000 women a year',
				numeratorHeader: 'Referrals',
				denominatorHeader: 'Women-years (modelled)',
				who: 'women of all ages registered with the area’s practices',
				byText: (g) => `by ${g === 'pcn' ? 'PCN' : 'locality'} of the registered practice`,
				interval: "Byar's method, or exact Poisson limits under 10",
				source: SOURCE.uscInequalities,
				siiType: null,
				fileStem: 'usc-gynaecological-referrals'
			};
	}
}
