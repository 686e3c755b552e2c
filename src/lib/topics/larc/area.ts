/**
 * The area the /larc page is showing, named once so every card, chart, table and download carries
 * the same name: the PCN's name when a PCN is chosen, the locality when a locality is, the ICB
 * otherwise. A PCN code that is not in the PCN list, or not in the locality chosen, is dropped
 * rather than filtered on (the filter form submits the PCN it showed before a locality change).
 */
import { ICB_NAME } from '$lib/facts';
import type { PcnOption } from '$lib/queries/pcnList';
import type { LarcPageState } from './state';

export interface SelectedArea {
	areaLabel: string;
	/** The state the queries run with: the PCN code kept only when it names a PCN that fits. */
	state: LarcPageState;
}

export function selectedArea(state: LarcPageState, pcns: readonly PcnOption[]): SelectedArea {
	const pcn = pcns.find(
		(p) => p.pcn_code === state.pcnCode && (!state.locality || p.locality === state.locality)
	);
	if (pcn) return { areaLabel: pcn.pcn_name, state };
	return { areaLabel: state.locality ?? ICB_NAME, state: { ...state, pcnCode: undefined } };
}
