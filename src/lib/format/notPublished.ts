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
