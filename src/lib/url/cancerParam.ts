/**
 * The suspected cancer shown on the cancer page, as it appears in the URL (`?cancer=all`), so a
 * view can be shared. The default is suspected gynaecological cancer; unknown values are reported.
 */
import { CANCER_CHOICES, type CancerChoice } from '$lib/queries/cancerChoice';

export const CANCER_PARAM = 'cancer';
export const DEFAULT_CANCER: CancerChoice = 'gynaecological';

export type CancerParam =
	| { kind: 'known'; cancer: CancerChoice }
	| { kind: 'unknown'; value: string; cancer: CancerChoice };

export function parseCancerParam(params: URLSearchParams): CancerParam {
	const value = params.get(CANCER_PARAM);
	if (value === null || value === '') return { kind: 'known', cancer: DEFAULT_CANCER };
	const cancer = CANCER_CHOICES.find((choice) => choice === value.toLowerCase());
	return cancer ? { kind: 'known', cancer } : { kind: 'unknown', value, cancer: DEFAULT_CANCER };
}

/** The query string for a choice, keeping any other parameters. */
export function withCancer(params: URLSearchParams, cancer: CancerChoice): string {
	const next = new URLSearchParams(params);
	next.set(CANCER_PARAM, cancer);
	return `?${next.toString()}`;
}
