/**
 * Every download a page model holds, wherever its cards keep them: the download route finds a
 * card's file by name in the same model the page was drawn from, so the XLSX and the CSV of a
 * card are built from one Download and cannot disagree.
 */
import type { Download } from './download';

function isDownload(value: object): value is Download {
	const v = value as Partial<Download>;
	return (
		typeof v.fileName === 'string' &&
		Array.isArray(v.header) &&
		Array.isArray(v.rows) &&
		typeof v.metadata === 'object'
	);
}

/** The downloads in a page model (plain data), in the order the model holds them. */
export function collectDownloads(model: unknown): Download[] {
	const found: Download[] = [];
	const visit = (value: unknown) => {
		if (value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) return value.forEach(visit);
		if (isDownload(value)) return void found.push(value);
		Object.values(value).forEach(visit);
	};
	visit(model);
	return found;
}
