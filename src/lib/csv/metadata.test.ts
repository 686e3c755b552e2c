import { describe, expect, it } from 'vitest';
import { buildDownload, countColumn, publishedColumn } from './download';
import { cardMetadata, downloadMetadata } from './metadata';
import { SUB_NATIONAL } from './disclosureRules';

const download = (title: string, to: string) =>
	buildDownload({
		name: title,
		metadata: {
			title,
			area: 'Thurrock',
			period: { from: '2026-01-01', to },
			source: 'Synthetic LARC requests',
			kind: 'synthetic'
		},
		columns: [countColumn<{ n: number }>('n', (r) => r.n)],
		rows: [{ n: 12 }]
	});

describe('downloadMetadata', () => {
	it('lists title, area, period, source, licence, kind and disclosure rule', () => {
		expect(downloadMetadata(download('Women waiting', '2026-03-31'))).toEqual([
			{ label: 'Title', value: 'Women waiting' },
			{ label: 'Area', value: 'Thurrock' },
			{ label: 'Period', value: 'January 2026 to March 2026' },
			{ label: 'Source', value: 'Synthetic LARC requests' },
			{
				label: 'Licence',
				value:
					'Synthetic demonstration data made by the dashboard from open data; Open Government Licence v3.0'
			},
			{ label: 'Data kind', value: 'Synthetic demonstration data' },
			{ label: 'Disclosure control', value: SUB_NATIONAL.note }
		]);
	});

	it('gives published figures the Open Government Licence attribution', () => {
		const real = buildDownload({
			name: 'fds',
			metadata: { title: 'FDS', area: 'ICB', period: null, source: 'CWT', kind: 'real' },
			columns: [publishedColumn<{ n: number }>('n', (r) => r.n)],
			rows: [{ n: 1 }]
		});
		expect(downloadMetadata(real).find((m) => m.label === 'Licence')?.value).toBe(
			'Contains public sector information licensed under the Open Government Licence v3.0'
		);
	});
});

describe('cardMetadata', () => {
	it('gives each field once, joining the values that differ between files', () => {
		const items = cardMetadata([download('A', '2026-03-31'), download('B', '2026-02-28')]);
		expect(items.map((i) => i.label)).toEqual([
			'Area',
			'Period',
			'Source',
			'Licence',
			'Data kind',
			'Disclosure control'
		]);
		expect(items[0].value).toBe('Thurrock');
		expect(items[1].value).toBe('January 2026 to March 2026; January 2026 to February 2026');
	});
});
