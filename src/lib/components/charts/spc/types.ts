/**
 * What the SPC chart draws: a Making Data Count result as `ptdSpc` returns it. Only its type is
 * taken from the maths; the chart computes nothing.
 */
export type { SpcPoint, SpcResult } from '$lib/stats/spc';
export type { SpcMarker } from '$lib/kpis/spcInterventions';
