/**
 * A tiny made-up geography for the card model tests: three LSOAs, a hub, a hospital and two
 * practices, with minutes given as a matrix so every expected figure can be worked by hand.
 */
import type { AccessArea, AccessData, AccessSite } from './types';

const area = (code: string, locality: string, imdQuintile: number, women: number): AccessArea => ({
	code,
	name: `Area ${code}`,
	locality,
	lad: locality,
	imdDecile: imdQuintile * 2,
	imdQuintile,
	ruralUrban: 'Urban',
	origin: { lat: 51.5, lon: 0.5 },
	connectivity: 50,
	// AGE_BANDS: 0-14, 15-24, 25-34, 35-44, 45-54, 55-64, 65+; gynaecological LARC counts 15-64.
	womenByBand: [999, women, 0, 0, 0, 0, 999]
});

const site = (
	id: string,
	type: AccessSite['type'],
	services: AccessSite['services']
): AccessSite => ({
	id,
	name: `Site ${id}`,
	type,
	pcn: null,
	locality: type === 'acute' ? null : 'North',
	lat: 51.5,
	lon: 0.5,
	services
});

/** Rows: sites HUB, ACU, PR1, PR2; columns: areas L1 (north, most deprived), L2 (north), L3 (south, least). */
export const TINY_MINUTES = [
	[10, 40, 70],
	[50, 50, 20],
	[45, 20, 60],
	[25, 60, 65]
];

export const TINY: AccessData = {
	areas: [area('L1', 'North', 1, 100), area('L2', 'North', 3, 300), area('L3', 'South', 5, 600)],
	sites: [
		site('HUB', 'hub', ['larc_gynaecological', 'menopause']),
		site('ACU', 'acute', ['larc_gynaecological']),
		site('PR1', 'practice', []),
		site('PR2', 'spoke', ['menopause'])
	],
	travel: { kind: 'matrix', source: 'test', minutes: TINY_MINUTES.flat() },
	topology: { type: 'Topology', objects: {}, arcs: [] }
};
