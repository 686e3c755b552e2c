/**
 * The SPC card's interventions and its rebase control: a marker for each logged change that
 * applies to the selection within the months shown, and a link per marker that rebases the
 * charts there (`rebase=<id>` in the URL). Never rebased unless the user asks.
 */
import type { Intervention } from '$lib/data/interventions';
import { chosenRebase, spcMarkers, type SpcMarker } from '$lib/kpis/spcInterventions';

export interface RebaseOption {
	/** Null for "no rebase". */
	id: string | null;
	text: string;
	/** The /larc query string that shows it. */
	search: string;
	current: boolean;
}

export interface SpcRebaseModel {
	markers: SpcMarker[];
	/** "No rebase" then one per marker; empty when no change falls within the months shown. */
	options: RebaseOption[];
	chosen: SpcMarker | null;
	/** Why the rebase asked for was not made; null otherwise. */
	problem: string | null;
}

export function spcRebaseModel(input: {
	interventions: readonly Intervention[];
	pointDates: readonly string[];
	rebaseId: string | undefined;
	/** The /larc query string for the page as it is, rebased at `id` (null: not rebased). */
	searchFor: (id: string | null) => string;
}): SpcRebaseModel {
	const markers = spcMarkers(input.interventions, input.pointDates);
	const { marker, problem } = chosenRebase(markers, input.rebaseId);
	const options: RebaseOption[] =
		markers.length === 0
			? []
			: [
					{ id: null, text: 'No rebase', search: input.searchFor(null), current: marker === null },
					...markers.map((m) => ({
						id: m.id,
						text: `Rebase at ${m.number}. ${m.text}`,
						search: input.searchFor(m.id),
						current: marker?.id === m.id
					}))
				];
	return { markers, options, chosen: marker, problem };
}
