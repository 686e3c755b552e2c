/**
 * The services a hub, spoke or hospital site can offer, by the service codes the dashboard shares
 * across pages (the service-mapping catalogue uses the same codes), with the women each serves:
 * the age bands of the female population a coverage figure counts.
 */
import type { AgeBand } from './datasets';

export const SITE_SERVICE_CODES = [
	'larc_gynaecological',
	'larc_contraceptive',
	'ring_pessary',
	'menopause'
] as const;
export type SiteServiceCode = (typeof SITE_SERVICE_CODES)[number];

export interface SiteService {
	code: SiteServiceCode;
	label: string;
	/** The label as it reads mid-sentence. */
	phrase: string;
	/** The women the service is for, as AGE_BANDS; `ages` names them. */
	bands: readonly AgeBand[];
	ages: string;
}

/**
 * - LARC for gynaecological reasons, 15–64, and contraceptive LARC, 15–54: the same populations as
 *   the LARC rates (src/lib/queries/larcRateAges.ts, with their sources).
 * - Ring pessary, 45 and over: pelvic organ prolapse is mostly a condition of later life (NICE
 *   NG123); a local definition.
 * - Menopause care, 45–64: menopause is usually diagnosed from 45 (NICE NG23); the band runs to
 *   64 to take in women whose symptoms go on for years; a local definition.
 */
export const SITE_SERVICES: Readonly<Record<SiteServiceCode, SiteService>> = {
	larc_gynaecological: {
		code: 'larc_gynaecological',
		label: 'LARC for gynaecological reasons',
		phrase: 'LARC for gynaecological reasons',
		bands: ['15-24', '25-34', '35-44', '45-54', '55-64'],
		ages: '15–64'
	},
	larc_contraceptive: {
		code: 'larc_contraceptive',
		label: 'Contraceptive LARC',
		phrase: 'contraceptive LARC',
		bands: ['15-24', '25-34', '35-44', '45-54'],
		ages: '15–54'
	},
	ring_pessary: {
		code: 'ring_pessary',
		label: 'Ring pessary fitting and changes',
		phrase: 'ring pessary fitting and changes',
		bands: ['45-54', '55-64', '65+'],
		ages: '45 and over'
	},
	menopause: {
		code: 'menopause',
		label: 'Menopause care',
		phrase: 'menopause care',
		bands: ['45-54', '55-64'],
		ages: '45–64'
	}
};

/** The kinds of site on the access map; hubs and spokes are illustrative until real ones load. */
export const SITE_TYPES = ['hub', 'spoke', 'acute', 'practice'] as const;
export type SiteType = (typeof SITE_TYPES)[number];
