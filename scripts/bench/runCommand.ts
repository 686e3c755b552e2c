/** Runs a command to completion from the repository root and times it, wall clock. */
import { spawn } from 'node:child_process';

export interface CommandRun {
	ms: number;
	stdout: string;
}

/** Keeps the end of the output only: enough to explain a failure without flooding the terminal. */
function tail(text: string, lines = 15): string {
	return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Rejects with the command's exit code and the tail of its output if it fails. */
export function runCommand(command: string, args: readonly string[], cwd: string) {
	return new Promise<CommandRun>((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.once('error', reject);
		child.once('close', (code) => {
			const ms = performance.now() - started;
			if (code === 0) return resolve({ ms, stdout });
			reject(
				new Error(
					`\`${[command, ...args].join(' ')}\` exited with ${code}\n${tail(stderr || stdout)}`
				)
			);
		});
	});
}
