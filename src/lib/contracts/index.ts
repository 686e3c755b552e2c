/** The datasets an analyst may upload, each with its contract. */
import type { DatasetName } from '$lib/data/datasets';
import { larcRequestsContract } from './larcRequests';
import { pessaryActivityContract } from './pessaryActivity';
import { uscReferralsContract } from './uscReferrals';
import type { DataContract } from './types';

export const CONTRACTS = [larcRequestsContract, pessaryActivityContract, uscReferralsContract];

export const UPLOADABLE = CONTRACTS.map((c) => c.dataset);

export function contractFor(dataset: string): DataContract | undefined {
	return CONTRACTS.find((c) => c.dataset === (dataset as DatasetName));
}
