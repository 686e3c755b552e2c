/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
 * posts) and Secure everywhere except plain http on the machine itself (localhost), where a
 * browser would otherwise drop it.
 */
import type { Cookies } from '@sveltejs/kit';
import { SESSION_HOURS } from '../store/accounts';

export const SESSION_COOKIE = 'whh_session';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)),
		maxAge: SESSION_HOURS * 3600
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
