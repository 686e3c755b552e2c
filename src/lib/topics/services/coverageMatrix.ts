/**
 * The coverage matrix card: PCNs (rows, grouped by locality) × services (columns), each cell the
 * level the PCN offers on the as-at date, as a symbol and words; totals of PCNs offering each
 * service in person and the share of women of the service's ages registered with them; sortable
 * by any column within each locality. Synthetic demonstration data.
 */
import { buildDownload, numberColumn, textColumn, type Download } from '$lib/csv/download';
import { NO_PATIENT_COUNTS } from '$lib/csv/disclosureRules';
import { SOURCE } from '$lib/csv/provenance';
import type { ServiceLevel } from '$lib/data/services';
import { formatDay, PERCENT_1DP, WHOLE_NUMBER } from '$lib/format/numbers';
import type {
	ServiceCatalogueRow,
	ServiceCoverageRow,
	ServiceLevelRow
} from '$lib/queries/serviceOffers';
import { ageRangeText, capitalise } from './ages';
import { LEVEL_ICON, LEVEL_LABEL, LEVEL_SHORT_LABEL, levelRank } from './levels';
import { servicesSearch, sortedBy, SORT_BY_PCN, type ServicesState } from './state';

export interface MatrixColumn {
	code: string;
	heading: string;
	ages: string;
	scopeText: string;
	/** The /services query string that sorts by this column (flips it when already sorted by it). */
	sortSearch: string;
	ariaSort: 'ascending' | 'descending' | 'none';
}

export interface MatrixCell {
	code: string;
	level: ServiceLevel;
	icon: string;
	text: string;
	/** Level, since when and where, for the cell's title and the CSV. */
	detail: string;
}

export interface MatrixRow {
	key: string;
	pcnName: string;
	cells: MatrixCell[];
}

export interface MatrixGroup {
	locality: string;
	rows: MatrixRow[];
}

export interface MatrixTotal {
	code: string;
	inPerson: string;
	share: string;
}

export interface CoverageMatrixCardModel {
	id: 'coverage';
	title: string;
	kind: 'synthetic';
	summary: string;
	caption: string;
	asAt: string;
	pcnSort: Pick<MatrixColumn, 'sortSearch' | 'ariaSort'>;
	columns: MatrixColumn[];
	groups: MatrixGroup[];
	totals: MatrixTotal[];
	/** The totals as a table of services (the card's Table tab). */
	totalRows: {
		key: string;
		service: string;
		ages: string;
		triage: string;
		clinical: string;
		inPerson: string;
		share: string;
	}[];
	downloads: Download[];
}

export interface CoverageMatrixInput {
	/** The services shown, in catalogue order. */
	services: readonly ServiceCatalogueRow[];
	/** Levels of the PCNs shown (already limited to the locality chosen). */
	levels: readonly ServiceLevelRow[];
	coverage: readonly ServiceCoverageRow[];
	state: ServicesState;
	/** The as-at date (ISO) and the area in words. */
	asAt: string;
	area: string;
}

const ariaSort = (state: ServicesState, sort: string): MatrixColumn['ariaSort'] =>
	state.sort !== sort ? 'none' : state.dir === 'asc' ? 'ascending' : 'descending';

const sortSearch = (state: ServicesState, sort: string) => servicesSearch(sortedBy(state, sort));

/** Sorts the PCNs within each locality: by name, or by a service's level (ties by name). */
export function sortMatrixGroups(
	groups: readonly MatrixGroup[],
	sort: string,
	dir: 'asc' | 'desc'
): MatrixGroup[] {
	const sign = dir === 'asc' ? 1 : -1;
	const rankOf = (row: MatrixRow) => levelRank(row.cells.find((c) => c.code === sort)!.level);
	return groups.map((group) => ({
		...group,
		rows: [...group.rows].sort((a, b) =>
			sort === SORT_BY_PCN
				? sign * a.pcnName.localeCompare(b.pcnName)
				: sign * (rankOf(a) - rankOf(b)) || a.pcnName.localeCompare(b.pcnName)
		)
	}));
}

function cellOf(row: ServiceLevelRow): MatrixCell {
	const since = row.start_date ? ` since ${formatDay(row.start_date)}` : '';
	const where = row.site_code ? ` at ${row.site_code}` : '';
	return {
		code: row.service_code,
		level: row.level,
		icon: LEVEL_ICON[row.level],
		text: LEVEL_SHORT_LABEL[row.level],
		detail: `${LEVEL_LABEL[row.level]}${since}${where}`
	};
}

/** Phase one leads (or, without it, the service most PCNs offer in person); then what nobody offers. */
function summarise(input: CoverageMatrixInput, pcnCount: number): string {
	const shown = input.services.flatMap((s) => {
		const c = input.coverage.find((row) => row.service_code === s.service_code);
		return c ? [{ s, c }] : [];
	});
	if (shown.length === 0 || pcnCount === 0) return `No services or PCNs to show in ${input.area}.`;
	const most = [...shown].sort((a, b) => b.c.pcns_in_person - a.c.pcns_in_person)[0];
	const phaseOne = shown.filter((x) => x.s.phase === 1);
	const lead = (phaseOne.length ? phaseOne : [most]).map(
		({ s, c }) =>
			`${c.pcns_in_person} of ${pcnCount} PCNs offer ${s.short_label} in person ` +
			`(${c.women > 0 ? PERCENT_1DP.text(c.women_in_person / c.women) : 'none'} of women aged ` +
			`${ageRangeText(s.age_band_from, s.age_band_to)})`
	);
	const none = shown.filter((x) => x.c.pcns_in_person === 0).length;
	const tail =
		none === 0
			? 'Every service shown is offered in person by at least one PCN.'
			: `${none} of the ${shown.length} services shown ${none === 1 ? 'is' : 'are'} offered in person by no PCN.`;
	return `As at ${formatDay(input.asAt)}, in ${input.area}, ${lead.join('; ')}. ${tail}`;
}

export function coverageMatrixCardModel(input: CoverageMatrixInput): CoverageMatrixCardModel {
	const { services, levels, state } = input;
	const localities = [...new Set(levels.map((r) => r.locality))].sort();
	const groups = localities.map((locality) => {
		const pcns = [...new Set(levels.filter((r) => r.locality === locality).map((r) => r.pcn_code))];
		return {
			locality,
			rows: pcns.map((pcn) => {
				const own = levels.filter((r) => r.pcn_code === pcn);
				return {
					key: pcn,
					pcnName: own[0].pcn_name,
					cells: services.map((s) => cellOf(own.find((r) => r.service_code === s.service_code)!))
				};
			})
		};
	});
	const pcnCount = groups.reduce((n, g) => n + g.rows.length, 0);
	const coverageOf = (code: string) => input.coverage.find((c) => c.service_code === code);
	const shareOf = (c: ServiceCoverageRow | undefined) =>
		c && c.women > 0 ? c.women_in_person / c.women : null;
	const formatShare = (c: ServiceCoverageRow | undefined) => {
		const share = shareOf(c);
		return share === null ? 'No women' : PERCENT_1DP.text(share);
	};
	const period = { from: input.asAt, to: input.asAt };
	return {
		id: 'coverage',
		title: 'Which services each PCN offers',
		kind: 'synthetic',
		summary: summarise(input, pcnCount),
		caption: `Services offered by each PCN in ${input.area}, as at ${formatDay(input.asAt)} (synthetic demonstration data)`,
		asAt: input.asAt,
		pcnSort: { sortSearch: sortSearch(state, SORT_BY_PCN), ariaSort: ariaSort(state, SORT_BY_PCN) },
		columns: services.map((s) => ({
			code: s.service_code,
			heading: capitalise(s.short_label),
			ages: ageRangeText(s.age_band_from, s.age_band_to),
			scopeText: `${s.scope === 'national_core' ? 'Core' : 'Local'}, phase ${s.phase}`,
			sortSearch: sortSearch(state, s.service_code),
			ariaSort: ariaSort(state, s.service_code)
		})),
		groups: sortMatrixGroups(groups, state.sort, state.dir),
		totals: services.map((s) => {
			const c = coverageOf(s.service_code);
			return {
				code: s.service_code,
				inPerson: `${c?.pcns_in_person ?? 0} of ${c?.pcns ?? 0}`,
				share: formatShare(c)
			};
		}),
		totalRows: services.map((s) => {
			const c = coverageOf(s.service_code);
			return {
				key: s.service_code,
				service: s.label,
				ages: ageRangeText(s.age_band_from, s.age_band_to),
				triage: String(c?.pcns_triage ?? 0),
				clinical: String(c?.pcns_clinical ?? 0),
				inPerson: String(c?.pcns_in_person ?? 0),
				share: formatShare(c)
			};
		}),
		downloads: [
			buildDownload<{ locality: string; row: MatrixRow; cell: MatrixCell; level: ServiceLevelRow }>(
				{
					name: 'service-offers-by-pcn',
					metadata: {
						title: 'Services offered by each PCN',
						area: input.area,
						period,
						source: SOURCE.serviceOffers,
						kind: 'synthetic'
					},
					disclosure: NO_PATIENT_COUNTS,
					rows: groups.flatMap((g) =>
						g.rows.flatMap((row) =>
							row.cells.map((cell) => ({
								locality: g.locality,
								row,
								cell,
								level: levels.find((l) => l.pcn_code === row.key && l.service_code === cell.code)!
							}))
						)
					),
					columns: [
						textColumn('locality', (r) => r.locality),
						textColumn('pcn_code', (r) => r.row.key),
						textColumn('pcn_name', (r) => r.row.pcnName),
						textColumn('service_code', (r) => r.cell.code),
						textColumn('level', (r) => r.cell.level),
						textColumn('level_label', (r) => LEVEL_LABEL[r.cell.level]),
						textColumn('since', (r) => r.level.start_date),
						textColumn('site_code', (r) => r.level.site_code),
						textColumn('provider', (r) => r.level.provider),
						textColumn('clinician_types', (r) => r.level.clinician_types)
					]
				}
			),
			buildDownload<ServiceCatalogueRow>({
				name: 'service-coverage',
				metadata: {
					title: 'PCNs offering each service, and women covered in person',
					area: input.area,
					period,
					source: SOURCE.serviceOffers,
					kind: 'synthetic'
				},
				disclosure: NO_PATIENT_COUNTS,
				rows: services,
				columns: [
					textColumn('service_code', (s) => s.service_code),
					textColumn('service', (s) => s.label),
					textColumn('ages', (s) => ageRangeText(s.age_band_from, s.age_band_to)),
					numberColumn('pcns', (s) => coverageOf(s.service_code)?.pcns ?? 0, WHOLE_NUMBER),
					numberColumn(
						'pcns_triage_or_better',
						(s) => coverageOf(s.service_code)?.pcns_triage ?? 0,
						WHOLE_NUMBER
					),
					numberColumn(
						'pcns_clinical',
						(s) => coverageOf(s.service_code)?.pcns_clinical ?? 0,
						WHOLE_NUMBER
					),
					numberColumn(
						'pcns_in_person',
						(s) => coverageOf(s.service_code)?.pcns_in_person ?? 0,
						WHOLE_NUMBER
					),
					numberColumn(
						'percent_women_covered_in_person',
						(s) => shareOf(coverageOf(s.service_code)),
						PERCENT_1DP
					)
				]
			})
		]
	};
}
