/**
 * Who may do what. Viewing needs no sign-in unless SIGN_IN_TO_VIEW=true; the data pages (upload,
 * rollback, audit) need an analyst, whatever the browser sends: every action checks again.
 */
import { error, redirect } from '@sveltejs/kit';
import type { User } from '../store/accounts';

export function signInPath(url: URL): string {
	return `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`;
}

/** The signed-in analyst, or a redirect to sign in (nobody signed in) or 403 (a viewer). */
export function requireAnalyst(user: User | null, url: URL): User {
	if (!user) redirect(303, signInPath(url));
	if (user.role !== 'analyst') error(403, 'Only analysts can change or audit the data');
	return user;
}

/** Where to go after signing in: only a path on this site. */
export function safeNext(next: string | null): string {
	return next && /^\/(?![/\\])/.test(next) ? next : '/data';
}
