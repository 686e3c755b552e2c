/** The built LARC extract against the real population it is calibrated to. */
import { beforeAll, describe, expect, it } from 'vitest';
import { larcCalibration, type LarcCalibration } from '../../scripts/data/calibration';
import {
	formatDay,
	monthEndDay,
	monthStartDay,
	parseMonth
} from '../../scripts/data/synthetic/calendar';
import { openBuiltData, readBuiltManifest, type BuiltData } from '../support/builtData';

let data: BuiltData;
let calibration: LarcCalibration;
const endMonth = parseMonth(readBuiltManifest().endMonth);

beforeAll(async () => {
	data = await openBuiltData();
	calibration = await larcCalibration(data.connection, data.from, endMonth);
});

describe('larc_requests calibration', () => {
	it('fits contraceptive LARC at 35–50 per 1,000 women aged 15–44 a year (OHID 92254 range)', () => {
		expect(calibration.women15to44).toBeGreaterThan(200_000);
		expect(calibration.women15to44).toBeLessThan(230_000);
		expect(calibration.contraceptiveFitsPer1000).toBeGreaterThanOrEqual(35);
		expect(calibration.contraceptiveFitsPer1000).toBeLessThanOrEqual(50);
		expect(calibration.allFitsPer1000).toBeGreaterThan(calibration.contraceptiveFitsPer1000);
	});

	it('draws gynaecological requests mostly from women aged 35–54', async () => {
		const [row] = await data.rows<{ share: number }>(
			`SELECT avg(CASE WHEN age_band IN ('35-44', '45-54') THEN 1 ELSE 0 END) AS share
			FROM ${data.from('larc_requests')} WHERE reason = 'gynaecological'`
		);
		expect(row.share).toBeGreaterThan(0.6);
	});

	it('has more requests per woman in more deprived LSOAs', async () => {
		const rows = await data.rows<{ quintile: number; rate: number }>(
			`WITH women AS (
				SELECT g.imd25_quintile AS quintile, sum(p.women) AS women
				FROM ${data.from('population_female_lsoa')} p JOIN ${data.from('geography_lsoa')} g USING (lsoa21_code)
				WHERE p.age_band IN ('15-24', '25-34', '35-44') GROUP BY ALL
			),
			requests AS (
				SELECT g.imd25_quintile AS quintile, count(*) AS requests
				FROM ${data.from('larc_requests')} r JOIN ${data.from('geography_lsoa')} g USING (lsoa21_code)
				WHERE r.reason = 'contraceptive' GROUP BY ALL
			)
			SELECT quintile, 1000 * requests / women AS rate FROM women JOIN requests USING (quintile) ORDER BY quintile`
		);
		const rate = (quintile: number) => rows.find((row) => row.quintile === quintile)!.rate;
		expect(rate(1)).toBeGreaterThan(rate(5) * 1.2);
	});

	it('covers the 36 months to the end month, plus requests still open when they began', async () => {
		const windowStart = formatDay(monthStartDay(endMonth - 35));
		const [row] = await data.rows<Record<string, string | number>>(
			`SELECT strftime(greatest(max(request_date), max(fit_date), max(removal_date)), '%Y-%m-%d') AS last_date,
				CAST(count(DISTINCT date_trunc('month', request_date))
					FILTER (WHERE request_date >= DATE '${windowStart}') AS INTEGER) AS months,
				CAST(count(*) FILTER (WHERE request_date < DATE '${windowStart}') AS INTEGER) AS carried_over,
				CAST(count(*) FILTER (WHERE request_date < DATE '${windowStart}'
					AND (fit_date < DATE '${windowStart}' OR removal_date < DATE '${windowStart}')) AS INTEGER) AS closed_before
			FROM ${data.from('larc_requests')}`
		);
		expect(row.last_date <= formatDay(monthEndDay(endMonth))).toBe(true);
		expect(row.months).toBe(36);
		expect(row.carried_over).toBeGreaterThan(0);
		expect(row.closed_before).toBe(0);
	});

	it('registers women with a practice in their own locality', async () => {
		const [row] = await data.rows<{ elsewhere: number }>(
			`SELECT CAST(count(*) AS INTEGER) AS elsewhere
			FROM ${data.from('larc_requests')} r
			JOIN ${data.from('practices')} p USING (practice_code)
			JOIN ${data.from('geography_lsoa')} g USING (lsoa21_code)
			WHERE p.locality <> g.locality OR p.pcn_code <> r.pcn_code`
		);
		expect(row.elsewhere).toBe(0);
	});
});
