/** Accounts for browser tests, made with the same command an administrator uses. */
import { execFileSync } from 'node:child_process';

export const PASSWORD = 'a long test password';

export function addAccount(storeDir: string, email: string, role: 'analyst' | 'viewer'): void {
	execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/user-add.ts', '--role', role, '--email', email],
		{ env: { ...process.env, STORE_DIR: storeDir, USER_PASSWORD: PASSWORD }, stdio: 'ignore' }
	);
}

/** Signs in over HTTP as a browser's form would, returning the session cookie ("name=value"). */
export async function signIn(origin: string, email: string, password = PASSWORD) {
	const response = await fetch(`${origin}/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			connection: 'close',
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password, next: '/data' })
	});
	const setCookie = response.headers.get('set-cookie') ?? '';
	return { response, setCookie, cookie: setCookie.split(';')[0] };
}
