/**
 * Hostile requests to the data pages, over HTTP as a browser or a script would send them. After
 * each, every current dataset is byte-for-byte what it was (its manifest and the SHA-256 of each
 * file served under its checksum).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, signIn } from './support/accounts';
import { postForm } from './support/http';
import { startDashboard, type RunningServer } from './support/server';

let server: RunningServer & { storeDir: string };
let analyst: string;
let viewer: string;
const origin = () => server.origin;
const LARC = readFileSync('static/data/larc_requests.parquet');
const SMALL = new TextEncoder().encode('request_id\n1\n');

beforeAll(async () => {
	server = await startDashboard({ uploadLimitMb: 1 });
	addAccount(server.storeDir, 'analyst@example.nhs.uk', 'analyst');
	addAccount(server.storeDir, 'viewer@example.nhs.uk', 'viewer');
	analyst = (await signIn(origin(), 'analyst@example.nhs.uk')).cookie;
	viewer = (await signIn(origin(), 'viewer@example.nhs.uk')).cookie;
});
afterAll(() => server?.stop());

/**
 * fetch on a connection of its own: the server may close a connection on which it answered
 * before reading a refused upload's body, and a reused connection would then fail.
 */
function get(path: string, cookie = '', init: RequestInit = {}) {
	return fetch(`${origin()}${path}`, {
		redirect: 'manual',
		...init,
		headers: { connection: 'close', cookie, ...(init.headers as Record<string, string>) }
	});
}

/** Every current file, by dataset, as the SHA-256 of the bytes served. */
async function currentData() {
	const manifest = await (await get('/data/current.json')).json();
	const files: Record<string, string> = {};
	for (const d of manifest.datasets) {
		const bytes = Buffer.from(await (await get(`/data/parquet/${d.file}`)).arrayBuffer());
		files[d.name] = createHash('sha256').update(bytes).digest('hex');
		expect(files[d.name]).toBe(d.sha256);
	}
	return { manifest, files };
}

function post(
	path: string,
	body: FormData | URLSearchParams,
	headers: Record<string, string> = {}
) {
	return postForm(`${origin()}${path}`, body, {
		origin: origin(),
		accept: 'text/html',
		...headers
	});
}

function uploadForm(bytes: Uint8Array, name = 'larc.parquet', dataset = 'larc_requests') {
	const form = new FormData();
	form.set('dataset', dataset);
	form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
	return form;
}

/** Runs `attack` and checks the current data did not change. */
async function unchanged(attack: () => Promise<void>) {
	const before = await currentData();
	await attack();
	expect(await currentData()).toEqual(before);
}

describe('the data pages refuse', () => {
	it('to set a session cookie a script or another site could use', async () => {
		const { setCookie } = await signIn(origin(), 'analyst@example.nhs.uk');
		expect(setCookie).toMatch(/HttpOnly/i);
		expect(setCookie).toMatch(/SameSite=Lax/i);
		expect(setCookie).toMatch(/Path=\//);
		// Plain http on 127.0.0.1: Secure would make the browser drop it; elsewhere it is Secure.
		expect(setCookie).not.toMatch(/Secure/i);
	});

	it('anyone not signed in, or with a forged cookie', async () =>
		unchanged(async () => {
			for (const cookie of ['', 'whh_session=forged-token', `${analyst}x`]) {
				const page = await get('/data', cookie);
				expect(page.status).toBe(303);
				expect(page.headers.get('location')).toBe('/sign-in?next=%2Fdata');
				const upload = await post('/data?/check', uploadForm(SMALL, 'larc.csv'), { cookie });
				expect(upload.status).toBe(303);
				const audit = await get('/data/audit.csv', cookie);
				expect(audit.status).toBe(303);
			}
		}));

	it('a viewer, whatever the request', async () =>
		unchanged(async () => {
			expect((await get('/data', viewer)).status).toBe(403);
			expect(
				(await post('/data?/check', uploadForm(SMALL, 'larc.csv'), { cookie: viewer })).status
			).toBe(403);
			const rollback = new URLSearchParams({ dataset: 'larc_requests', version: '1', base: '2' });
			expect((await post('/data?/rollback', rollback, { cookie: viewer })).status).toBe(403);
			expect((await get('/data/audit', viewer)).status).toBe(403);
		}));

	it('a post from another site, even with an analyst’s cookie', async () =>
		unchanged(async () => {
			const response = await post('/data?/check', uploadForm(SMALL, 'larc.csv'), {
				cookie: analyst,
				origin: 'http://evil.example'
			});
			expect(response.status).toBe(403);
		}));

	it('a file over the size limit, before reading it', async () =>
		unchanged(async () => {
			const response = await post('/data?/check', uploadForm(new Uint8Array(1_500_000)), {
				cookie: analyst
			});
			expect(response.status).toBe(413);
			expect(response.text).toContain('The selected file must be smaller than 1 MB');
		}));

	it('a sixth wrong password in a row, even when the password is then right', async () => {
		for (let i = 0; i < 5; i++) {
			const { response } = await signIn(origin(), 'viewer@example.nhs.uk', 'wrong password');
			expect(response.status).toBe(400);
		}
		const { response } = await signIn(origin(), 'viewer@example.nhs.uk');
		expect(response.status).toBe(429);
		expect(await response.text()).toContain('Too many attempts to sign in');
	});

	it('a session after signing out', async () => {
		const { cookie } = await signIn(origin(), 'analyst@example.nhs.uk');
		expect((await get('/data', cookie)).status).toBe(200);
		const out = await post('/sign-out', new URLSearchParams(), { cookie });
		expect(out.status).toBe(303);
		expect(String(out.headers['set-cookie'])).toMatch(/whh_session=;/);
		expect((await get('/data', cookie)).status).toBe(303);
	});
});

describe('an accepted upload', () => {
	async function check(name: string) {
		const response = await post('/data?/check', uploadForm(LARC, name), { cookie: analyst });
		const html = response.text;
		expect(response.status, html.slice(0, 500)).toBe(200);
		return {
			sha256: /name="sha256" value="([0-9a-f]{64})"/.exec(html)![1],
			base: /name="base" value="(\d+)"/.exec(html)![1]
		};
	}
	const confirm = (c: { sha256: string; base: string }, note: string) =>
		post('/data?/confirm', new URLSearchParams({ dataset: 'larc_requests', ...c, note }), {
			cookie: analyst
		});

	it('made current by only one of two analysts who confirm at once', async () => {
		const [a, b] = [await check('a.parquet'), await check('b.parquet')];
		const [ra, rb] = await Promise.all([confirm(a, 'first'), confirm(b, 'second')]);
		expect([ra.status, rb.status].sort()).toEqual([303, 400]);
		const refused = ra.status === 400 ? ra : rb;
		expect(refused.text).toContain('was made current since this change was prepared');
	});

	it('has its note neutralised in the audit CSV when it looks like a formula', async () => {
		const response = await confirm(
			await check('c.parquet'),
			'=HYPERLINK("http://evil.example","x")'
		);
		expect(response.status).toBe(303);
		const csv = await (await get('/data/audit.csv', analyst)).text();
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
	});
});
