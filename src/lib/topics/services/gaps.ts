/**
 * The gap list in words: for each phase-one service (the ones the hubs are to offer in person
 * now) and each locality, the PCNs that do not offer it in person, e.g. "3 PCNs in Thurrock have
 * no in-person gynaecological LARC (…)".
 */
import type { ServiceCatalogueRow, ServiceLevelRow } from '$lib/queries/serviceOffers';

export interface ServiceGap {
	key: string;
	locality: string;
	service_code: string;
	pcnNames: string[];
	sentence: string;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function serviceGaps(
	levels: readonly ServiceLevelRow[],
	catalogue: readonly ServiceCatalogueRow[]
): ServiceGap[] {
	const localities = [...new Set(levels.map((r) => r.locality))].sort();
	const phaseOne = catalogue.filter((s) => s.phase === 1);
	return localities.flatMap((locality) =>
		phaseOne.flatMap((service) => {
			const missing = levels
				.filter(
					(r) =>
						r.locality === locality &&
						r.service_code === service.service_code &&
						r.level !== 'clinical_in_person'
				)
				.map((r) => r.pcn_name)
				.sort();
			if (missing.length === 0) return [];
			const pcns = missing.length === 1 ? '1 PCN' : `${missing.length} PCNs`;
			const verb = missing.length === 1 ? 'has' : 'have';
			return [
				{
					key: `${locality}|${service.service_code}`,
					locality,
					service_code: service.service_code,
					pcnNames: missing,
					sentence: `${pcns} in ${locality} ${verb} no in-person ${service.short_label} (${listInWords(missing)}).`
				}
			];
		})
	);
}
