/** The datasets an analyst may upload, each with its contract. */
import type { DatasetName } from '$lib/data/datasets';
import { interventionsContract } from './interventions';
import { larcRequestsContract } from './larcRequests';
import { pessaryActivityContract } from './pessaryActivity';
import { serviceOffersContract } from './serviceOffers';
import { sitesContract } from './sites';
import { siteServicesContract } from './siteServices';
import { uscReferralsContract } from './uscReferrals';
import { workforceContract } from './workforce';
import type { DataContract } from './types';

export const CONTRACTS = [
	larcRequestsContract,
	pessaryActivityContract,
	uscReferralsContract,
	serviceOffersContract,
	workforceContract,
	sitesContract,
	siteServicesContract,
	interventionsContract
];

export const UPLOADABLE = CONTRACTS.map((c) => c.dataset);

export function contractFor(dataset: string): DataContract | undefined {
	return CONTRACTS.find((c) => c.dataset === (dataset as DatasetName));
}
