import { describe, expect, it } from 'vitest';
import { rateAges, rateAgesByReason } from '$lib/queries/larcRateAges';
import { perThousandWomen, rateAgesSentence, rateColumn, rateMeasureLabel } from './rateLabels';

describe('rate labels', () => {
	it('names the ages of the rate', () => {
		expect(perThousandWomen(rateAges('gynaecological'))).toBe('per 1,000 women aged 15–64');
		expect(perThousandWomen(rateAges('gynaecological', '65+'))).toBe(
			'per 1,000 women aged 65 and over'
		);
		expect(rateColumn('contraceptive', rateAges('contraceptive', '65+'))).toBe(
			'contraceptive_per_1000_women_aged_65_and_over'
		);
	});

	it("names the chosen band in the measure choice, or each reason's ages", () => {
		expect(rateMeasureLabel(rateAgesByReason('25-34'))).toBe('Per 1,000 women aged 25–34');
		expect(rateMeasureLabel(rateAgesByReason())).toBe(
			'Per 1,000 women (gynaecological 15–64, contraceptive 15–54)'
		);
	});

	it('says that requests and women are of the same ages', () => {
		expect(rateAgesSentence(rateAgesByReason('35-44'))).toBe(
			'Requests and women are both those aged 35–44, the age band chosen.'
		);
		expect(rateAgesSentence(rateAgesByReason())).toMatch(
			/^Requests and women are of the same ages: 15–64 for gynaecological reasons and 15–54 for contraceptive reasons/
		);
	});
});
