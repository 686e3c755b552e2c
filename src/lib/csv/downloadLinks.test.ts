import { describe, expect, it } from 'vitest';
import {
	chartImageFileName,
	downloadQuery,
	parseChartImageFileName,
	withExtension
} from './downloadLinks';

describe('download links', () => {
	it('changes the extension of a CSV file name', () => {
		expect(withExtension('waits_thurrock_2026-10.csv', 'xlsx')).toBe('waits_thurrock_2026-10.xlsx');
	});

	it('names the page and keeps its own parameters', () => {
		expect(downloadQuery('/larc', '?reason=contraceptive&locality=thurrock')).toBe(
			'?page=%2Flarc&reason=contraceptive&locality=thurrock'
		);
		expect(downloadQuery('/', '')).toBe('?page=%2F');
	});

	it('names a chart image after its first download, and reads the name back', () => {
		const file = chartImageFileName(
			'larc-spc',
			'larc-spc-contraceptive_thurrock_2023-11-to-2026-10.csv',
			'png'
		);
		expect(file).toBe('larc-spc-contraceptive_thurrock_2023-11-to-2026-10_chart.png');
		expect(parseChartImageFileName(file)).toEqual({
			name: 'larc-spc-contraceptive_thurrock_2023-11-to-2026-10',
			extension: 'png'
		});
		expect(chartImageFileName('queue', undefined, 'svg')).toBe('queue_chart.svg');
		expect(parseChartImageFileName('waits_thurrock_2026-10.csv')).toBeNull();
		expect(parseChartImageFileName('../larc_chart.svg')).toBeNull();
	});
});
