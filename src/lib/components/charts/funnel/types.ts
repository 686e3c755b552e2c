/** What the funnel chart draws: limits and significance as `$lib/stats/funnels` gives them. */
export type { FunnelBand, FunnelSignificance } from '$lib/stats/funnels';
