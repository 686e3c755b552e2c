/**
 * What a download is, in label–value pairs: its title, area, period, source, licence, kind of data
 * and disclosure rule. One list, from the download's own metadata, is written to the XLSX
 * metadata sheet and shown on the card's Download tab, and the CSV repeats the same values on
 * every row (download.ts), so the three never disagree (as ONS describes a CSV with CSVW).
 */
import { DATA_KIND_LABEL } from '$lib/data/datasets';
import type { Download } from './download';
import { LICENCE } from './provenance';

export interface MetadataItem {
	label: string;
	value: string;
}

export function downloadMetadata(download: Download): MetadataItem[] {
	const m = download.metadata;
	return [
		{ label: 'Title', value: m.title },
		{ label: 'Area', value: m.area },
		{ label: 'Period', value: m.periodText },
		{ label: 'Source', value: m.source },
		{ label: 'Licence', value: LICENCE[m.kind] },
		{ label: 'Data kind', value: DATA_KIND_LABEL[m.kind] },
		{ label: 'Disclosure control', value: m.disclosure.note }
	];
}

/**
 * The metadata of all of a card's downloads as one list for its About tab: each field once, with
 * the different values its files hold (two periods, say) joined by semicolons. Titles are left
 * out: the Download tab names each file.
 */
export function cardMetadata(downloads: readonly Download[]): MetadataItem[] {
	const values = new Map<string, string[]>();
	for (const item of downloads.flatMap(downloadMetadata)) {
		if (item.label === 'Title') continue;
		const seen = values.get(item.label) ?? [];
		if (!seen.includes(item.value)) seen.push(item.value);
		values.set(item.label, seen);
	}
	return [...values].map(([label, v]) => ({ label, value: v.join('; ') }));
}
