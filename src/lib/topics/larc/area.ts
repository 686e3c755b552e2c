/**
 * The area the /larc page is showing, named once so every card, chart, table and download carries
 * the same name: the PCN's name when a PCN is chosen, the locality when a locality is, the ICB
 * otherwise. A PCN code that is not in the PCN list is dropped rather than filtered on.
 */
import type { PcnOption } from '$lib/queries/pcnList';
import { ALL_LOCALITIES } from '$lib/queries/larcWaits';
import type { LarcPageState } from '$lib/url/larcParams';

export interface SelectedArea {
	areaLabel: string;
	/** The state the queries run with: the PCN code kept only when it names a known PCN. */
	state: LarcPageState;
}

export function selectedArea(state: LarcPageState, pcns: readonly PcnOption[]): SelectedArea {
	const pcn = pcns.find((p) => p.pcn_code === state.pcnCode);
	if (pcn) return { areaLabel: pcn.pcn_name, state };
	return { areaLabel: state.locality ?? ALL_LOCALITIES, state: { ...state, pcnCode: undefined } };
}
