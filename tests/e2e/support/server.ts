/** Starts the built dashboard (adapter-node output in build/) on a free loopback port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

export interface RunningServer {
	origin: string;
	stop(): Promise<void>;
}

export async function startDashboard(): Promise<RunningServer> {
	if (!existsSync('build/index.js'))
		throw new Error('Run `npm run build` before the browser tests');
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const origin = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`${origin}/data/manifest.json`);
			if (response.ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	return {
		origin,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}

/** Starts the dashboard and Chromium before a test file's tests and stops both after. */
export function useDashboardInChromium(): { server: () => RunningServer; browser: () => Browser } {
	let server: RunningServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		[server, browser] = await Promise.all([startDashboard(), launchChromium()]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	return { server: () => server!, browser: () => browser! };
}
