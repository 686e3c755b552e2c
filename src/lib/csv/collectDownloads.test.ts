import { describe, expect, it } from 'vitest';
import { buildDownload, countColumn, textColumn } from './download';
import { collectDownloads } from './collectDownloads';

const download = (name: string) =>
	buildDownload({
		name,
		metadata: { title: name, area: 'Thurrock', period: null, source: 's', kind: 'synthetic' },
		columns: [textColumn<{ a: string }>('a', (r) => r.a), countColumn('n', () => 12)],
		rows: [{ a: 'x' }]
	});

describe('collectDownloads', () => {
	it('finds downloads at any depth of a page model, in order, and nothing else', () => {
		const model = {
			status: 'Showing Thurrock',
			waits: { downloads: [download('waits')], rows: [{ fileName: 'not a download' }] },
			sections: [
				{ card: { kind: 'x', card: { downloads: [download('spc'), download('share')] } } }
			],
			empty: null
		};
		expect(collectDownloads(model).map((d) => d.fileName)).toEqual([
			'waits_thurrock_no-months.csv',
			'spc_thurrock_no-months.csv',
			'share_thurrock_no-months.csv'
		]);
	});
});
