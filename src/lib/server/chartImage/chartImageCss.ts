/**
 * The chart rules of the dashboard's stylesheets (app.css and the chart components' own styles),
 * written out for a chart image: an SVG file has no page stylesheet and no CSS variables, so each
 * colour is the value the variable stands for. chartImage.test.ts checks that every class a
 * chart draws with has a rule here or is named as structural, so a new chart class is not missed.
 */

/** The text colours of app.css's :root (--text, --secondary-text, --border, --white). */
const TEXT = '#212b32';
const SECONDARY_TEXT = '#4c6272';
const BORDER = '#d8dde0';
const WHITE = '#ffffff';

/** Arial as on screen; Liberation Sans has Arial's metrics where Arial is not installed. */
export const CHART_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

export const CHART_IMAGE_CSS = `
svg { font-family: ${CHART_FONT}; font-size: 12px; color: ${TEXT}; }
text { fill: ${TEXT}; }
.axis text { font-size: 12px; fill: ${SECONDARY_TEXT}; }
.gridline { stroke: ${BORDER}; }
.end-labels text { font-size: 12px; font-weight: bold; }
.halo { paint-order: stroke; stroke: ${WHITE}; stroke-width: 3px; stroke-linejoin: round; }
.spc-mean { stroke: ${TEXT}; stroke-width: 1.5; }
.spc-limit { stroke: #425563; stroke-width: 1.2; stroke-dasharray: 5 4; }
.spc-target { stroke: #d5281b; stroke-width: 2; stroke-dasharray: 1 3; }
.spc-limits text { font-size: 12px; fill: ${SECONDARY_TEXT}; }
.spc-marker { stroke: #330072; stroke-width: 1.5; stroke-dasharray: 2 2; }
.spc-marker-badge { fill: #330072; }
.spc-marker-number { fill: ${WHITE}; font-size: 11px; font-weight: bold; }
.funnel-2s { fill: none; stroke: #425563; stroke-width: 1.2; stroke-dasharray: 5 4; }
.funnel-3s { fill: none; stroke: #425563; stroke-width: 1.2; stroke-dasharray: 1 3; }
.reference-label { font-size: 12px; fill: #a8160d; font-weight: bold; }
.date-marker { stroke: ${SECONDARY_TEXT}; stroke-width: 1.5; stroke-dasharray: 4 3; }
.bar { fill: #005eb8; }
.bar-missing { fill: none; stroke: ${SECONDARY_TEXT}; stroke-dasharray: 3 3; }
.bar-value { font-size: 12px; fill: ${TEXT}; }
.histogram-bars rect { fill: #005eb8; }
.reference-lines line { stroke: ${TEXT}; stroke-width: 1.5; stroke-dasharray: 4 3; }
.reference-lines text { font-size: 12px; fill: ${TEXT}; }
.interval-marks line { stroke-width: 1.5; }
.not-published { font-size: 11px; fill: ${SECONDARY_TEXT}; }
.target-marks line { stroke: #d5281b; stroke-width: 2; }
.map-areas path { stroke: ${WHITE}; stroke-width: 0.3; }
.map-outline { fill: none; stroke-linejoin: round; }
.map-outline-major { stroke: ${TEXT}; stroke-width: 1.6; }
.map-outline-minor { stroke: #425563; stroke-width: 0.8; stroke-dasharray: 3 2; }
.map-marker-label { font-size: 12px; font-weight: 600; fill: ${TEXT}; stroke: ${WHITE}; stroke-width: 3; paint-order: stroke; }
.marker { stroke: ${WHITE}; stroke-width: 1.5; }
.marker-hub { fill: #d5281b; }
.marker-spoke { fill: #ffb81c; stroke: ${TEXT}; }
.marker-hospital { fill: #330072; }
.marker-cross { stroke: ${WHITE}; stroke-width: 2; }
.image-title { font-size: 18px; font-weight: bold; fill: ${TEXT}; }
.image-subtitle { font-size: 13px; fill: ${TEXT}; }
.image-kind { font-size: 13px; font-weight: bold; fill: #8a6d00; }
.image-chart-label { font-size: 13px; font-weight: bold; fill: ${TEXT}; }
.image-axis-title { font-size: 12px; fill: ${SECONDARY_TEXT}; }
.image-source { font-size: 11px; fill: ${SECONDARY_TEXT}; }
`;

/**
 * Classes that only group or name marks (their look comes from attributes or the rules above),
 * or that Svelte adds to scope a component's styles.
 */
export const STRUCTURAL_CHART_CLASS =
	/^(svelte-.+|layercake-layout-svg|axis|x-axis|y-axis|lines|spc-limits|spc-markers|spc-points|histogram-bars|reference-lines|target-marks|interval-marks|date-markers|map-svg|map-areas|map-markers|bars|end-labels|focus-band|focused)$/;
