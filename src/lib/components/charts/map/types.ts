/** What a choropleth map is given: areas in bands, the bands' key, and sites to mark. */

/** Fills a band can carry besides its colour, so that colour is never the only cue. */
export type MapPattern = 'none' | 'dots' | 'lines' | 'cross';

export interface MapBand {
	key: string;
	/** "15 minutes or less". */
	label: string;
	fill: string;
	pattern: MapPattern;
	/** Areas in the band, for the legend. */
	count: number;
}

export interface MapArea {
	/** The geometry's id in the topology (an LSOA code). */
	id: string;
	name: string;
	/** Index into the bands. */
	band: number;
	/** Everything said about the area on hover or focus: name, place, figure. */
	detail: string;
}

export type MarkerSymbol = 'hub' | 'spoke' | 'hospital';

export interface MapMarker {
	id: string;
	lat: number;
	lon: number;
	symbol: MarkerSymbol;
	/** Written beside the marker, or null for an unlabelled one (its name is in `title`). */
	label: string | null;
	/** Where the label sits: to the right (default) or centred below, to keep labels apart. */
	labelBelow?: boolean;
	title: string;
}

/** An outline drawn over the areas: every boundary of one object of the topology. */
export interface MapOutline {
	object: string;
	/** For the key: "Locality boundary". */
	label: string;
	kind: 'major' | 'minor';
}
