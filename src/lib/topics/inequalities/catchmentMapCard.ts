/**
 * The map card: the chosen measure by modelled PCN catchment, each LSOA filled with its
 * catchment's class, with the same figures in a table of PCNs and a sentence. PCNs, not LSOAs:
 * most LSOAs have a count of 1 to 7, which the disclosure rule withholds, while a catchment of
 * about 27 LSOAs has enough. A PCN whose figure is withheld (a count of 1–7) or has none is drawn
 * in its own band, named in the key and the table. Classes hold equal numbers of PCNs (quartiles)
 * and are named by their lowest and highest values, so colour is never the only cue.
 * CatchmentMapCard.svelte draws this model.
 */
import type { MapArea, MapBand, MapPattern } from '$lib/components/charts/map/types';
import { buildDownload, numberColumn, textColumn, type Download } from '$lib/csv/download';
import { ICB_AREA } from '$lib/csv/provenance';
import type { DataKind, Period } from '$lib/data/datasets';
import { ONE_DECIMAL, WHOLE_NUMBER } from '$lib/format/numbers';
import type { PcnCatchmentRow } from '$lib/queries/pcnCatchment';
import { SUPPRESSED } from '$lib/stats/disclosure';
import type { GroupEstimate } from './measureEstimates';
import { shownEstimate } from './measureCard';

/** How the map names and formats the measure. */
export interface MapMeasure {
	kind: DataKind;
	/** "Median wait to a gynaecological LARC fit". */
	name: string;
	/** "weeks", "%", "per 1,000 women aged 15–64". */
	unit: string;
	plain: (value: number) => string;
	/** "in the 12 months to October 2026". */
	when: string;
	/** The dates the figures count; null for travel (the sites as they stand). */
	period: Period | null;
	source: string;
	fileStem: string;
}

export interface CatchmentRow {
	key: string;
	pcn: string;
	locality: string;
	lsoas: number;
	value: string;
	interval: string;
	band: string;
}

export interface CatchmentMapCardModel {
	id: 'catchment-map';
	title: string;
	kind: DataKind;
	summary: string;
	mapLabel: string;
	legendTitle: string;
	bands: MapBand[];
	areas: MapArea[];
	rows: CatchmentRow[];
	caption: string;
	downloads: Download[];
}

const CLASS_FILLS = ['#cfe3f3', '#84b3dc', '#3f7fbf', '#15244a'];
const CLASS_PATTERNS: MapPattern[] = ['none', 'none', 'dots', 'lines'];
const NO_FIGURE = { key: 'none', fill: '#ffffff', pattern: 'cross' as MapPattern };

export interface CatchmentMapInput {
	measure: MapMeasure;
	/** The measure by PCN catchment (group keys are PCN codes). */
	pcns: readonly GroupEstimate[];
	catchments: readonly PcnCatchmentRow[];
}

/** PCNs with a figure, in order of it, cut into at most four classes of equal numbers. */
function classesOf(values: readonly { key: string; value: number }[]): Map<string, number> {
	const sorted = [...values].sort((a, b) => a.value - b.value || a.key.localeCompare(b.key));
	const classes = Math.min(CLASS_FILLS.length, sorted.length);
	return new Map(sorted.map((v, i) => [v.key, Math.floor((i * classes) / sorted.length)]));
}

export function catchmentMapCardModel(input: CatchmentMapInput): CatchmentMapCardModel {
	const { measure, catchments } = input;
	const shown = input.pcns.map((g) => ({ g, e: shownEstimate(g) }));
	const withValue = shown.flatMap(({ g, e }) =>
		e.value === null ? [] : [{ key: g.key, value: e.value }]
	);
	const classOf = classesOf(withValue);
	const classCount = new Set(classOf.values()).size;
	const members = (c: number) =>
		withValue.filter((v) => classOf.get(v.key) === c).map((v) => v.value);
	const bandsOfClasses = Array.from({ length: classCount }, (_, c) => {
		const values = members(c);
		return {
			key: `class-${c + 1}`,
			label: `${measure.plain(Math.min(...values))} to ${measure.plain(Math.max(...values))} ${measure.unit}`,
			fill: CLASS_FILLS[c],
			pattern: CLASS_PATTERNS[c]
		};
	});
	const noFigureBand = classCount;
	const bandOfPcn = (key: string) => classOf.get(key) ?? noFigureBand;
	const lsoasOf = new Map<string, PcnCatchmentRow[]>();
	for (const c of catchments) lsoasOf.set(c.pcn_code, [...(lsoasOf.get(c.pcn_code) ?? []), c]);
	const withheld = shown.filter(({ e }) => e.value === null);
	const bandRows = [
		...bandsOfClasses,
		{ ...NO_FIGURE, label: `No figure: ${SUPPRESSED} withheld (a count of 1 to 7) or none` }
	];
	const bands: MapBand[] = bandRows.map((b, i) => ({
		...b,
		count: catchments.filter((c) => bandOfPcn(c.pcn_code) === i).length
	}));
	const sorted = [...shown].sort((a, b) => a.g.name.localeCompare(b.g.name));
	const valueText = (e: ReturnType<typeof shownEstimate>) =>
		e.value === null ? SUPPRESSED : measure.plain(e.value);
	const intervalText = (e: ReturnType<typeof shownEstimate>) =>
		e.value === null
			? SUPPRESSED
			: e.lower === null || e.upper === null
				? '–'
				: `${measure.plain(e.lower)} to ${measure.plain(e.upper)}`;
	const rows: CatchmentRow[] = sorted.map(({ g, e }) => ({
		key: g.key,
		pcn: g.name,
		locality: lsoasOf.get(g.key)?.[0]?.locality ?? '',
		lsoas: lsoasOf.get(g.key)?.length ?? 0,
		value: valueText(e),
		interval: intervalText(e),
		band: bandRows[bandOfPcn(g.key)].label
	}));
	const byValue = [...withValue].sort((a, b) => a.value - b.value);
	const nameOf = (key: string) => input.pcns.find((g) => g.key === key)?.name ?? key;
	const [low, high] = [byValue[0], byValue.at(-1)];
	const kindText =
		measure.kind === 'modelled' ? 'Modelled figures' : 'Synthetic demonstration data';
	const caption = `${measure.name} (${measure.unit}) ${measure.when}, by modelled PCN catchment`;
	return {
		id: 'catchment-map',
		title: `Map: ${measure.name}, by PCN catchment (modelled)`,
		kind: measure.kind,
		summary:
			`${kindText}. ` +
			(low && high
				? `By modelled PCN catchment, ${measure.name[0].toLowerCase()}${measure.name.slice(1)} ${measure.when} ` +
					`ranged from ${measure.plain(low.value)} ${measure.unit} (${nameOf(low.key)}) to ` +
					`${measure.plain(high.value)} ${measure.unit} (${nameOf(high.key)})`
				: 'No PCN catchment has a figure to show') +
			`; ${withheld.length} of ${shown.length} PCNs have no figure shown (withheld or none).`,
		mapLabel: `Map of the ${catchments.length} LSOAs of Mid and South Essex, each filled by the class of its modelled PCN catchment's ${measure.name[0].toLowerCase()}${measure.name.slice(1)}`,
		legendTitle: `${measure.name} (${measure.unit}), PCN catchment; LSOAs in each class`,
		bands,
		areas: [...catchments]
			.sort(
				(a, b) => a.pcn_name.localeCompare(b.pcn_name) || a.lsoa21_code.localeCompare(b.lsoa21_code)
			)
			.map((c) => {
				const row = rows.find((r) => r.key === c.pcn_code);
				return {
					id: c.lsoa21_code,
					name: c.lsoa21_name,
					band: bandOfPcn(c.pcn_code),
					detail: `${c.lsoa21_name} (${c.locality}), in the catchment of ${c.pcn_name}: ${row ? `${row.value} ${measure.unit} (95% CI ${row.interval})` : 'no figure'}`
				};
			}),
		rows,
		caption,
		downloads: [
			buildDownload<(typeof sorted)[number]>({
				name: `${measure.fileStem}-by-pcn-catchment`,
				metadata: {
					title: caption,
					area: ICB_AREA,
					period: measure.period,
					source: measure.source,
					kind: measure.kind
				},
				rows: sorted,
				columns: [
					textColumn('pcn_code', ({ g }) => g.key),
					textColumn('pcn_name', ({ g }) => g.name),
					textColumn('locality', ({ g }) => lsoasOf.get(g.key)?.[0]?.locality ?? ''),
					numberColumn(
						'lsoas_in_catchment',
						({ g }) => lsoasOf.get(g.key)?.length ?? 0,
						WHOLE_NUMBER
					),
					numberColumn('value', ({ g }) => g.value, ONE_DECIMAL, {
						from: ({ g }) => g.counts,
						missing: ''
					}),
					numberColumn('lower_95', ({ g }) => g.lower, ONE_DECIMAL, {
						from: ({ g }) => g.counts,
						missing: ''
					}),
					numberColumn('upper_95', ({ g }) => g.upper, ONE_DECIMAL, {
						from: ({ g }) => g.counts,
						missing: ''
					}),
					textColumn('map_class', ({ g }) => bandRows[bandOfPcn(g.key)].label)
				]
			})
		]
	};
}
