/**
 * The headline measures for the pack's month as one table, the first sheet of the pack's
 * workbook: what the summary report shows (measure, value and period, target, the Making Data
 * Count icons in words, change, reading, kind of data), so "every headline measure for this
 * month" is in the file as well as the cards' own figures.
 */
import { DATA_KIND_LABEL } from '$lib/data/datasets';
import {
	ASSURANCE_ICON_TEXT,
	VARIATION_ICON_TEXT
} from '$lib/components/charts/spc/spcPresentation';
import type { KpiTileModel } from '$lib/topics/overview/kpiTile';

export interface HeadlineSheet {
	header: string[];
	rows: string[][];
}

export function headlineSheet(tiles: readonly KpiTileModel[], areaLabel: string): HeadlineSheet {
	return {
		header: [
			'measure',
			'area',
			'value',
			'period',
			'target',
			'variation',
			'assurance',
			'change',
			'reading',
			'data_kind',
			'note'
		],
		rows: tiles.map((t) => [
			t.title,
			t.areaNote ? `${areaLabel} (${t.areaNote})` : areaLabel,
			t.valueText,
			t.period,
			t.targetText,
			t.spcIcons ? VARIATION_ICON_TEXT[t.spcIcons.variationIcon].title : 'No SPC reading',
			t.spcIcons?.assurance
				? ASSURANCE_ICON_TEXT[t.spcIcons.assurance].title
				: 'No target to assure',
			t.change ?? '',
			t.reading,
			DATA_KIND_LABEL[t.kind],
			t.stale ?? ''
		])
	};
}
