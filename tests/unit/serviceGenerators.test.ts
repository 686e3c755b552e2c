/**
 * The service catalogue as built, and the synthetic service offers and workforce generators on
 * the real inputs built in static/data, with a fixed end month: phase one starts when a PCN joins
 * its hub pathway, and the training plans are worked out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueRow } from '../../src/lib/data/serviceContracts';
import { SERVICE_LEVELS } from '../../src/lib/data/services';
import { monthEndDay, parseMonth } from '../../scripts/data/synthetic/calendar';
import { planHubs, type HubPcnRow } from '../../scripts/data/synthetic/hubs';
import { readSyntheticInputs, type SyntheticInputs } from '../../scripts/data/synthetic/inputs';
import { generateServiceOffers } from '../../scripts/data/synthetic/serviceOffers';
import { pcnWomenByBand, readServiceCatalogue } from '../../scripts/data/synthetic/servicesBuild';
import { generateWorkforce, plannedCompletions } from '../../scripts/data/synthetic/workforce';
import { openBuiltData } from '../support/builtData';

const SEED = 20240701;
const END_MONTH = parseMonth('2026-06');
const END_DAY = monthEndDay(END_MONTH);

let inputs: SyntheticInputs;
let hubs: HubPcnRow[];
let catalogue: CatalogueRow[];
beforeAll(async () => {
	const data = await openBuiltData();
	inputs = await readSyntheticInputs(data.connection, data.from);
	hubs = planHubs(SEED, inputs);
	catalogue = await readServiceCatalogue(data.connection);
});

describe('service catalogue', () => {
	it('holds the eight national core services under the codes other pages share', () => {
		const core = catalogue.filter((s) => s.scope === 'national_core' && !s.parent_service_code);
		expect(core.map((s) => s.service_code)).toEqual([
			'menstrual_problems',
			'menopause',
			'contraception',
			'preconception',
			'breast_pain',
			'ring_pessary',
			'cervical_screening',
			'sti_hiv'
		]);
		const parts = catalogue.filter((s) => s.scope === 'national_core' && s.parent_service_code);
		expect(parts.map((s) => [s.service_code, s.parent_service_code, s.phase])).toEqual([
			['larc_gynaecological', 'menstrual_problems', 1],
			['larc_contraceptive', 'contraception', 1]
		]);
		expect(catalogue.find((s) => s.service_code === 'ring_pessary')?.phase).toBe(1);
	});
});

describe('service offers', () => {
	const offers = () => generateServiceOffers(SEED, inputs, hubs, catalogue, END_DAY);

	it('starts phase one in person on the day each PCN joins its hub pathway, and not before', () => {
		const rows = offers();
		for (const hub of hubs) {
			for (const service of ['larc_gynaecological', 'ring_pessary']) {
				const own = rows.filter((r) => r.pcn_code === hub.pcn_code && r.service_code === service);
				if (hub.pcn_start_date === null) expect(own).toEqual([]);
				else
					expect(own.map((r) => [r.level, r.start_date])).toEqual([
						['clinical_in_person', hub.pcn_start_date]
					]);
			}
		}
	});

	it('offers menstrual problems care in person from the day gynaecological LARC is', () => {
		const rows = offers();
		for (const larc of rows.filter((r) => r.service_code === 'larc_gynaecological')) {
			const parent = rows.filter(
				(r) =>
					r.pcn_code === larc.pcn_code &&
					r.service_code === 'menstrual_problems' &&
					r.level === 'clinical_in_person'
			);
			expect(parent[0]?.start_date).toBeLessThanOrEqual(larc.start_date);
		}
	});

	it('only raises a level, once a day, and nothing after the end of the extract', () => {
		const rows = offers();
		const byKey = new Map<string, typeof rows>();
		for (const r of rows) {
			const key = `${r.pcn_code}|${r.service_code}`;
			byKey.set(key, [...(byKey.get(key) ?? []), r]);
		}
		for (const history of byKey.values()) {
			const ranks = history.map((r) => SERVICE_LEVELS.indexOf(r.level));
			expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
			expect(new Set(history.map((r) => r.start_date)).size).toBe(history.length);
		}
		expect(Math.max(...rows.map((r) => r.start_date))).toBeLessThanOrEqual(END_DAY);
		expect(offers()).toEqual(rows);
	});

	it('names a site only for an in-person offer', () => {
		expect(
			offers().filter((r) => r.site_code !== null && r.level !== 'clinical_in_person')
		).toEqual([]);
	});
});

describe('workforce', () => {
	it('plans menopause training at two a practice a year from April 2024, in whole clinicians', () => {
		const april = parseMonth('2024-04');
		// Five practices: 10 a year, 0.83 a month; running totals 0.83, 1.67, 2.5, 3.33 round to 1, 2, 3, 3.
		expect([0, 1, 2, 3].map((m) => plannedCompletions('menopause', april + m, null, 5))).toEqual([
			1, 1, 1, 0
		]);
		expect(plannedCompletions('menopause', april - 1, null, 5)).toBe(0);
	});

	it('plans LARC and ring pessary training only from the month a PCN joins', () => {
		const joined = parseMonth('2024-07');
		expect(
			[0, 1, 2, 3].map((m) => plannedCompletions('larc_fitting', joined + m, joined, 5))
		).toEqual([1, 0, 0, 1]);
		expect([0, 3, 6].map((m) => plannedCompletions('ring_pessary', joined + m, joined, 5))).toEqual(
			[2, 0, 1]
		);
		expect(plannedCompletions('ring_pessary', joined - 1, joined, 5)).toBe(0);
		expect(plannedCompletions('larc_fitting', joined, null, 5)).toBe(0);
	});

	it('never completes more than planned nor counts fewer than no clinicians', () => {
		const rows = generateWorkforce(SEED, inputs, hubs, pcnWomenByBand(inputs), END_MONTH);
		const months = END_MONTH - parseMonth('2024-01') + 1;
		expect(rows).toHaveLength(inputs.pcns.length * 3 * months);
		expect(rows.filter((r) => r.completions > r.planned_completions)).toEqual([]);
		expect(rows.filter((r) => r.clinicians_current < 0)).toEqual([]);
	});
});
