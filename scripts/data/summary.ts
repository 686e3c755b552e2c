/** The short summary `npm run data` prints when it has finished. */
import type { ManifestEntry } from '../../src/lib/data/datasets';
import type { LarcCalibration, WaitingCount } from './calibration';

export interface BuildSummary {
	outDir: string;
	seed: number;
	endMonth: string;
	datasets: ManifestEntry[];
	calibration: LarcCalibration;
	waitingAtEnd: WaitingCount[];
	notes: string[];
	seconds: number;
}

function kilobytes(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} kB`;
}

function waitingLine(waiting: WaitingCount[], reason: string): string {
	const count = (onPathway: boolean) =>
		waiting.find((row) => row.reason === reason && row.on_hub_pathway === onPathway)?.waiting ?? 0;
	return `${reason} ${count(true) + count(false)} (PCNs on a hub pathway ${count(true)}, others ${count(false)})`;
}

export function formatSummary(summary: BuildSummary): string {
	const { calibration } = summary;
	const width = Math.max(...summary.datasets.map((entry) => entry.name.length));
	const lines = [
		`Data build: seed ${summary.seed}, end month ${summary.endMonth} → ${summary.outDir}`,
		...summary.datasets.map(
			(entry) =>
				`  ${entry.name.padEnd(width)}  ${entry.kind.padEnd(9)} ${String(entry.rows).padStart(9)} rows ${kilobytes(entry.bytes).padStart(11)}`
		),
		`  LARC: ${calibration.contraceptiveFitsPer1000.toFixed(1)} contraceptive fits per 1,000 women 15–44 a year ` +
			`(all fits ${calibration.allFitsPer1000.toFixed(1)}); gynaecological ${calibration.gynaeFitsPer1000Women35to54.toFixed(1)} per 1,000 women 35–54`,
		`  Waiting at end of ${summary.endMonth}: ${waitingLine(summary.waitingAtEnd, 'gynaecological')}; ${waitingLine(summary.waitingAtEnd, 'contraceptive')}`,
		...summary.notes.map((note) => `  Note: ${note}`),
		`Built in ${summary.seconds.toFixed(1)} s`
	];
	return `${lines.join('\n')}\n`;
}
