/**
 * The /larc filter form: each control named after the URL parameter it sets (state.ts), with its
 * choices and the value the page is showing, so the form submits exactly the URL this page parses
 * and, rendered on the server, shows the current selection with JavaScript off.
 */
import { LARC_REASONS, LOCALITIES, type LarcReason } from '$lib/data/datasets';
import { formatShortMonth } from '$lib/format/numbers';
import { PESSARY_CHANGE_GRACE_WEEKS } from '$lib/queries/pessaryActivity';
import type { PcnOption } from '$lib/queries/pcnList';
import { rateAgesByReason } from '$lib/queries/larcRateAges';
import { LOCALITY_PARAM, localitySlug } from '$lib/url/localityParam';
import { rateMeasureLabel } from './rateLabels';
import { LARC_AGE_BANDS, LARC_PARAM, type LarcPageState } from './state';

export interface FilterOption {
	value: string;
	label: string;
}

export interface FilterChoice {
	/** The URL parameter the control sets. */
	name: string;
	/** The option shown as chosen ("" for the default). */
	value: string;
	options: FilterOption[];
}

export interface LarcFiltersModel {
	locality: FilterChoice;
	pcn: FilterChoice;
	age: FilterChoice;
	reason: FilterChoice;
	from: FilterChoice;
	to: FilterChoice;
	contraTarget: { name: string; value: number };
	clearBy: { name: string; value: string };
	measure: FilterChoice;
	/** Settings with no control of their own, carried through a submission unchanged. */
	hidden: { name: string; value: string }[];
}

export interface LarcFiltersInput {
	/** The state the page shows (a PCN outside the list or the locality already dropped). */
	state: LarcPageState;
	pcns: readonly PcnOption[];
	/** Month ends of the extract, for the period choice. */
	months: readonly string[];
	/** The date the excess list is cleared by, default included. */
	clearBy: string;
}

const REASON_LABEL: Record<LarcReason, string> = {
	gynaecological: 'Gynaecological',
	contraceptive: 'Contraceptive'
};

export function larcFiltersModel(input: LarcFiltersInput): LarcFiltersModel {
	const { state, pcns, months, clearBy } = input;
	const monthOptions = months.map((m) => ({ value: m.slice(0, 7), label: formatShortMonth(m) }));
	return {
		locality: {
			name: LOCALITY_PARAM,
			value: state.locality ? localitySlug(state.locality) : '',
			options: [
				{ value: '', label: 'All localities' },
				...LOCALITIES.map((l) => ({ value: localitySlug(l), label: l }))
			]
		},
		pcn: {
			name: LARC_PARAM.pcnCode,
			value: state.pcnCode ?? '',
			options: [
				{ value: '', label: 'All PCNs' },
				...pcns
					.filter((p) => !state.locality || p.locality === state.locality)
					.map((p) => ({ value: p.pcn_code, label: p.pcn_name }))
			]
		},
		age: {
			name: LARC_PARAM.ageBand,
			value: state.ageBand ?? '',
			options: [
				{ value: '', label: 'All ages' },
				...LARC_AGE_BANDS.map((band) => ({ value: band, label: band }))
			]
		},
		reason: {
			name: LARC_PARAM.reason,
			value: state.reason,
			options: LARC_REASONS.map((r) => ({ value: r, label: REASON_LABEL[r] }))
		},
		from: {
			name: LARC_PARAM.fromMonth,
			value: state.fromMonth ?? '',
			options: [{ value: '', label: 'Start of extract' }, ...monthOptions]
		},
		to: {
			name: LARC_PARAM.toMonth,
			value: state.toMonth ?? '',
			options: [{ value: '', label: 'Latest month' }, ...monthOptions]
		},
		contraTarget: {
			name: LARC_PARAM.contraceptiveTargetWeeks,
			value: state.contraceptiveTargetWeeks
		},
		clearBy: { name: LARC_PARAM.clearBy, value: clearBy },
		measure: {
			name: LARC_PARAM.measure,
			value: state.measure,
			options: [
				{ value: 'count', label: 'Women waiting' },
				{ value: 'rate', label: rateMeasureLabel(rateAgesByReason(state.ageBand)) }
			]
		},
		hidden:
			state.pessaryGraceWeeks === PESSARY_CHANGE_GRACE_WEEKS
				? []
				: [{ name: LARC_PARAM.pessaryGraceWeeks, value: String(state.pessaryGraceWeeks) }]
	};
}
