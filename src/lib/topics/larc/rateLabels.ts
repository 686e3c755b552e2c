/**
 * Words for the ages a LARC rate covers, all from the one definition in larcRateAges.ts, so a
 * label never names ages other than those counted.
 */
import type { LarcReason } from '$lib/data/datasets';
import type { RateAges, RateAgesByReason } from '$lib/queries/larcRateAges';

/** 'women aged 15–64' or 'women aged 65 and over'. */
export function womenAged(ages: RateAges): string {
	return `women aged ${ages.label}`;
}

/** 'per 1,000 women aged 15–64'. */
export function perThousandWomen(ages: RateAges): string {
	return `per 1,000 ${womenAged(ages)}`;
}

/** A CSV column name: 'gynaecological_per_1000_women_aged_15_64' or '…_aged_65_and_over'. */
export function rateColumn(reason: LarcReason, ages: RateAges): string {
	const ageWords = ages.label.replace(/–/g, '_').replace(/ /g, '_');
	return `${reason}_per_1000_women_aged_${ageWords}`;
}

/** The rate choice in the filters: 'Per 1,000 women aged 25–34', or each reason's ages. */
export function rateMeasureLabel(ages: RateAgesByReason): string {
	if (ages.ageBand) return `Per 1,000 ${womenAged(ages.gynaecological)}`;
	return `Per 1,000 women (gynaecological ${ages.gynaecological.label}, contraceptive ${ages.contraceptive.label})`;
}

/** For About text: whose requests and which women each reason's rate counts. */
export function rateAgesSentence(ages: RateAgesByReason): string {
	if (ages.ageBand) {
		return `Requests and women are both those aged ${ages.gynaecological.label}, the age band chosen.`;
	}
	return (
		`Requests and women are of the same ages: ${ages.gynaecological.label} for gynaecological ` +
		`reasons and ${ages.contraceptive.label} for contraceptive reasons, the ages each ` +
		`reason's requests come from (see the data dictionary); requests from other ages are ` +
		`left out of the rates.`
	);
}
