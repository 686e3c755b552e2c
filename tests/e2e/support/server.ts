/** Starts the built dashboard (adapter-node output in build/) on a free loopback port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

export interface DashboardOptions {
	/** The bundled build the store is seeded from (DATA_DIR); by default the app's own. */
	dataDir?: string;
	/** The store folder; by default a new temporary one, so each server starts from the bundle. */
	storeDir?: string;
	/** UPLOAD_LIMIT_MB */
	uploadLimitMb?: number;
}

export async function startDashboard(
	options: DashboardOptions = {}
): Promise<RunningServer & { storeDir: string }> {
	if (!existsSync('build/index.js'))
		throw new Error('Run `npm run build` before the browser tests');
	const port = await freePort();
	const storeDir = options.storeDir ?? mkdtempSync(path.join(tmpdir(), 'dashboard-store-'));
	const uploadLimitMb = options.uploadLimitMb ?? 200;
	const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: `http://127.0.0.1:${port}`,
			STORE_DIR: storeDir,
			UPLOAD_LIMIT_MB: String(uploadLimitMb),
			BODY_SIZE_LIMIT: String(uploadLimitMb * 1_000_000 + 1_000_000),
			...(options.dataDir ? { DATA_DIR: options.dataDir } : {})
		},
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
		storeDir,
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
