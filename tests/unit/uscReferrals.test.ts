/**
 * The synthetic usc_referrals extract: its generator (pure, seeded, calibrated) and the built
 * file, whose ICB totals must equal the totals published in the Cancer Waiting Times files,
 * worked out here from the CSV files read as text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMonth } from '../../scripts/data/synthetic/calendar';
import { readSyntheticInputs, type SyntheticInputs } from '../../scripts/data/synthetic/inputs';
import { readUscAnchors, type UscAnchor } from '../../scripts/data/synthetic/uscAnchors';
import {
	generateUscReferrals,
	gynaeShare,
	uscLevel,
	type UscReferrals
} from '../../scripts/data/synthetic/uscReferrals';
import { USC_SEASONALITY } from '../../scripts/data/synthetic/uscAssumptions';
import { openBuiltData, type BuiltData } from '../support/builtData';
import { publishedNumber, readReferenceCsv } from '../support/rawCsv';

const SEED = 20240701;
const END_MONTH = parseMonth('2026-06');

/** Published USC demand, from the CSV files: the sum of TOTAL over the month's rows. */
function publishedFromCsv(): Map<string, { all: number; gynae: number | null }> {
	const long = readReferenceCsv('cwt_commissioner_mse_jul2021-2023.csv').filter(
		(r) => r.sheet === 'TWO WEEK WAIT-ALL CANCER'
	);
	const byMonth = new Map<string, { all: number; gynae: number | null }>();
	for (const [year, period] of [
		['2021', 'PERIOD: JUL 2021/22'],
		['2022', 'PERIOD: JUL 2022/23'],
		['2023', 'PERIOD: JUL 2023/24']
	]) {
		const rows = long.filter((r) => r.period === period);
		byMonth.set(`${year}-07`, {
			all: rows.reduce((s, r) => s + publishedNumber(r.TOTAL), 0),
			gynae: null
		});
	}
	const foa = readReferenceCsv('cwt_commissioner_QH8_2024-07_usc_referral_to_foa.csv');
	byMonth.set('2024-07', {
		all: foa.reduce((s, r) => s + publishedNumber(r.TOTAL), 0),
		gynae: publishedNumber(
			foa.find((r) => r['SUSPECTED TYPE OF CANCER'] === 'Suspected gynaecological cancer')!.TOTAL
		)
	});
	return byMonth;
}

let data: BuiltData;
let inputs: SyntheticInputs;
let anchors: UscAnchor[];
let usc: UscReferrals;
beforeAll(async () => {
	data = await openBuiltData();
	inputs = await readSyntheticInputs(data.connection, data.from);
	anchors = await readUscAnchors(data.connection, data.from);
	usc = generateUscReferrals(inputs, anchors, { seed: SEED, endMonth: END_MONTH });
});

describe('the calibration anchors and level', () => {
	it('are the published months, as the CSV files give them', () => {
		const published = publishedFromCsv();
		expect(anchors).toEqual(
			[...published].map(([month, value]) => ({
				month: parseMonth(month),
				allCancers: value.all,
				gynaecological: value.gynae
			}))
		);
		expect(published.get('2024-07')).toEqual({ all: 6181, gynae: 547 });
		expect(published.get('2021-07')?.all).toBe(5084);
	});

	it('interpolates the level log-linearly between published months and extrapolates their growth', () => {
		const july = USC_SEASONALITY[6];
		// Month indices 30 and 54 are Julys (index mod 12 = 6), two years apart.
		const hand: UscAnchor[] = [
			{ month: 30, allCancers: 100 * july, gynaecological: null },
			{ month: 54, allCancers: 400 * july, gynaecological: 40 * july }
		];
		expect(uscLevel(hand, 30)).toBeCloseTo(100, 9);
		// Halfway in time: the geometric mean of 100 and 400.
		expect(uscLevel(hand, 42)).toBeCloseTo(200, 9);
		// Growth ×2 a year continues beyond the last month, and before the first.
		expect(uscLevel(hand, 66)).toBeCloseTo(800, 9);
		expect(uscLevel(hand, 18)).toBeCloseTo(50, 9);
		expect(gynaeShare(hand)).toBeCloseTo(0.1, 12);
	});
});

describe('generateUscReferrals', () => {
	const icbTotal = (out: UscReferrals, month: number, cancer?: number) => {
		let total = 0;
		for (let i = 0; i < out.count; i++) {
			if (out.month[i] === month && (cancer === undefined || out.cancer[i] === cancer))
				total += out.referrals[i];
		}
		return total;
	};

	it('is the same for the same seed; another seed changes only the unpublished months', () => {
		expect(generateUscReferrals(inputs, anchors, { seed: SEED, endMonth: END_MONTH })).toEqual(usc);
		const other = generateUscReferrals(inputs, anchors, { seed: 7, endMonth: END_MONTH });
		expect(other.referrals).not.toEqual(usc.referrals);
		expect(icbTotal(other, parseMonth('2024-07'), 0)).toBe(547);
		expect(icbTotal(other, parseMonth('2022-07'))).toBe(5294);
	});

	it('has one row per month × PCN × suspected cancer, from July 2021', () => {
		const months = END_MONTH - parseMonth('2021-07') + 1;
		expect(usc.count).toBe(months * 27 * 2);
		expect(Math.min(...usc.month)).toBe(parseMonth('2021-07'));
		expect(Math.max(...usc.month)).toBe(END_MONTH);
		// Women registered with the PCNs add up to the estimated women of the ICB.
		const women = inputs.lsoas.reduce((s, l) => s + l.women.reduce((a, b) => a + b, 0), 0);
		expect(usc.pcnWomen.reduce((a, b) => a + b, 0)).toBeCloseTo(women, 6);
	});

	it('refuses an end month before the first published month', () => {
		expect(() =>
			generateUscReferrals(inputs, anchors, { seed: SEED, endMonth: parseMonth('2021-06') })
		).toThrow(/before July 2021/);
	});
});

describe('usc_referrals as built', () => {
	it('has ICB totals equal to the published totals in every published month', async () => {
		const built = await data.rows<{ month: string; all_cancers: number; gynaecological: number }>(
			`SELECT strftime(month, '%Y-%m') AS month, sum(referrals)::INTEGER AS all_cancers,
				sum(referrals) FILTER (WHERE suspected_cancer = 'gynaecological')::INTEGER AS gynaecological
			FROM ${data.from('usc_referrals')} GROUP BY ALL`
		);
		const byMonth = new Map(built.map((r) => [r.month, r]));
		for (const [month, published] of publishedFromCsv()) {
			expect(byMonth.get(month)?.all_cancers, month).toBe(published.all);
			if (published.gynae !== null) {
				expect(byMonth.get(month)?.gynaecological, month).toBe(published.gynae);
			}
		}
	});

	it('gives suspected gynaecological cancer referrals at a plausible rate for women', async () => {
		const [row] = await data.rows<{ per_100k_year: number; months: number }>(
			`SELECT sum(referrals) / any_value(women) * 100000 * 12 / count(DISTINCT month) AS per_100k_year,
				count(DISTINCT month)::INTEGER AS months
			FROM (SELECT month, pcn_code, referrals, women_registered FROM ${data.from('usc_referrals')}
				WHERE suspected_cancer = 'gynaecological'),
				(SELECT sum(w) AS women FROM (SELECT any_value(women_registered) AS w
					FROM ${data.from('usc_referrals')} GROUP BY pcn_code))`
		);
		// July 2024: 547 a month for about 614,000 women is about 1,070 per 100,000 a year.
		expect(row.per_100k_year).toBeGreaterThan(800);
		expect(row.per_100k_year).toBeLessThan(1300);
		expect(row.months).toBeGreaterThanOrEqual(12);
	});
});
