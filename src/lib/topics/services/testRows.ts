/** Hand-made rows for the services card tests. */
import type { ServiceLevel } from '$lib/data/services';
import type { ServiceCatalogueRow, ServiceLevelRow } from '$lib/queries/serviceOffers';

export function service(
	code: string,
	shortLabel: string,
	over: Partial<ServiceCatalogueRow> = {}
): ServiceCatalogueRow {
	return {
		service_code: code,
		display_order: 1,
		label: shortLabel,
		short_label: shortLabel,
		scope: 'national_core',
		phase: 1,
		parent_service_code: null,
		age_band_from: '45-54',
		age_band_to: '65+',
		...over
	};
}

export function level(
	pcn: string,
	locality: string,
	code: string,
	value: ServiceLevel,
	start: string | null = null
): ServiceLevelRow {
	return {
		pcn_code: pcn,
		pcn_name: `${pcn} PCN`,
		locality,
		service_code: code,
		level: value,
		start_date: start,
		site_code: value === 'clinical_in_person' ? 'F81001' : null,
		provider: start ? 'Hub' : null,
		clinician_types: null
	};
}
