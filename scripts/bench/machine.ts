/** The machine a benchmark ran on, recorded beside its numbers: timings mean little without it. */
import os from 'node:os';

export interface MachineInfo {
	date: string;
	node: string;
	platform: string;
	arch: string;
	cpus: { count: number; model: string };
	totalMemoryMb: number;
	/** Load averages (1, 5, 15 min) when the run started: other work on the machine skews timings. */
	loadAverage: number[];
}

export function describeMachine(now = new Date()): MachineInfo {
	const cpus = os.cpus();
	return {
		date: now.toISOString(),
		node: process.version,
		platform: `${os.type()} ${os.release()}`,
		arch: process.arch,
		cpus: { count: os.availableParallelism(), model: cpus[0]?.model.trim() ?? 'unknown' },
		totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
		loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100)
	};
}
