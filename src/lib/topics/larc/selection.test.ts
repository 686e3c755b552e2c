import { describe, expect, it } from 'vitest';
import { larcSelectionStatus, type LarcSelection } from './selection';

const THURROCK: LarcSelection = {
	areaLabel: 'Thurrock',
	state: { reason: 'gynaecological', measure: 'count', contraceptiveTargetWeeks: 6 },
	period: { from: '2023-11-01', to: '2026-10-31' },
	clearBy: '2027-03-31',
	ratesAvailable: true
};

describe('larcSelectionStatus', () => {
	it('names the area, reason, ages, measure, period, target and clear-by date', () => {
		expect(larcSelectionStatus(THURROCK)).toBe(
			'Showing Thurrock, gynaecological reasons, all ages, women waiting as a count, ' +
				'November 2023 to October 2026, contraceptive target 6 weeks, ' +
				'excess list cleared by 31 March 2027.'
		);
	});

	it('changes with the age band, the reason and the measure', () => {
		const changed = larcSelectionStatus({
			...THURROCK,
			state: {
				reason: 'contraceptive',
				ageBand: '25-34',
				measure: 'rate',
				contraceptiveTargetWeeks: 8
			}
		});
		expect(changed).toContain('contraceptive reasons, aged 25–34, women waiting per 1,000 women');
		expect(changed).toContain('contraceptive target 8 weeks');
		expect(
			larcSelectionStatus({ ...THURROCK, state: { ...THURROCK.state, ageBand: '65+' } })
		).toContain('aged 65 and over');
	});

	it('says when a rate was asked for but only counts can be shown (a single PCN)', () => {
		const pcn = larcSelectionStatus({
			...THURROCK,
			areaLabel: 'Grays PCN',
			state: { ...THURROCK.state, measure: 'rate' },
			ratesAvailable: false
		});
		expect(pcn).toContain(
			'Showing Grays PCN, gynaecological reasons, all ages, women waiting as a count (rates are not available for a single PCN)'
		);
	});
});
