/**
 * A tile's "See the detail" link: the detail page opened on the tile's own months, reason and
 * measure, at the card that shows the tile's figure. Query strings come from each page's typed
 * URL builder, so the link says exactly what the page will parse.
 */
import { larcSearch } from '$lib/topics/larc/state';
import { cancerSearch } from '$lib/topics/cancer/state';
import { rttSearch } from '$lib/topics/rtt/state';
import { DEFAULT_SERVICES_STATE, servicesSearch } from '$lib/topics/services/state';
import { inequalitiesHref } from '$lib/url/inequalitiesParams';
import type { Locality } from '$lib/data/datasets';
import type { KpiResult } from './kpiResults';
import { KPIS, type KpiDetail } from './registry';

export interface KpiDetailLink {
	page: KpiDetail['page'];
	/** "?…", or "" when the page's defaults already are the tile's view. */
	search: string;
	/** "#card-id". */
	hash: string;
}

function detailSearch(
	detail: KpiDetail,
	basis: KpiResult['basis'],
	locality: Locality | null
): string {
	switch (detail.page) {
		case '/larc':
			return larcSearch({
				locality: locality ?? undefined,
				reason: detail.reason,
				fromMonth: basis?.from,
				toMonth: basis?.to,
				measure: detail.measure
			});
		case '/cancer':
			// The cancer page shows every published month; the tile's is the latest of them.
			return cancerSearch({ cancer: detail.cancer });
		case '/rtt':
			return basis ? rttSearch({ month: basis.to }) : '';
		case '/access':
			// The page's defaults (gynaecological LARC, 30 minutes, the illustrative sites) are the tile's.
			return '';
		case '/inequalities': {
			const href = inequalitiesHref({ ...detail, grouping: 'imd-quintile' });
			return href.slice(href.indexOf('?'));
		}
		case '/services':
			return servicesSearch({ ...DEFAULT_SERVICES_STATE, locality });
	}
}

/** `locality`: the area the tile shows, carried to a detail page that can show it. */
export function kpiDetailLink(
	kpi: Pick<KpiResult, 'id' | 'basis'>,
	locality: Locality | null = null
): KpiDetailLink {
	const detail = KPIS[kpi.id].detail;
	return {
		page: detail.page,
		search: detailSearch(detail, kpi.basis, locality),
		hash: `#${detail.card}`
	};
}
