/**
 * Published figures that may be missing: a count or percentage the source did not publish is
 * shown as "Not published", never as 0 or a blank that could be read as none.
 */
import { formatCount, formatPercent1dp } from './numbers';

export const NOT_PUBLISHED = 'Not published';

export function formatPublishedCount(value: number | null): string {
	return value === null ? NOT_PUBLISHED : formatCount(value);
}

export function formatPublishedPercent(value: number | null): string {
	return value === null ? NOT_PUBLISHED : formatPercent1dp(value);
}

/** A 95% interval of proportions, "54.9% to 62.6%"; "Not published" when either end is missing. */
export function formatPublishedInterval(lower: number | null, upper: number | null): string {
	return lower === null || upper === null
		? NOT_PUBLISHED
		: `${formatPercent1dp(lower)} to ${formatPercent1dp(upper)}`;
}
