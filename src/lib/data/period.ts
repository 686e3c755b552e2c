/** The reporting window of an activity dataset, as recorded in the manifest by the data build. */
import type { DatasetName, Manifest, Period } from './datasets';

export function reportingPeriod(manifest: Manifest, name: DatasetName): Period {
	const period = manifest.datasets.find((d) => d.name === name)?.period;
	if (!period) throw new Error(`manifest.json gives no reporting period for ${name}`);
	return period;
}
