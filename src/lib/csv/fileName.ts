/**
 * Download file names carry what the file holds, the area chosen and the period, so two files
 * saved from different selections never overwrite each other or get mixed up:
 * `larc-waiting-list_thurrock_2023-12-to-2026-10.csv`.
 */
import type { Period } from '$lib/data/datasets';

/** Lower case ASCII letters and digits joined by single hyphens: "ASOP PCN" → "asop-pcn". */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** "2023-12-to-2026-10", or "2026-10" when the period sits in one month. */
export function periodSlug(period: Period): string {
	const [from, to] = [period.from.slice(0, 7), period.to.slice(0, 7)];
	return from === to ? from : `${from}-to-${to}`;
}

export function downloadFileName(name: string, area: string, period: Period | null): string {
	const parts = [slug(name), slug(area), period ? periodSlug(period) : 'no-months'];
	return `${parts.join('_')}.csv`;
}
