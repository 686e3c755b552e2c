import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeNext } from '$lib/server/auth/access';
import {
	FAILURES_PER_ADDRESS,
	FAILURES_PER_EMAIL,
	SignInLimiter
} from '$lib/server/auth/rateLimit';
import { setSessionCookie } from '$lib/server/auth/session';
import { serverStore } from '$lib/server/serverStore';
import { createSession, normaliseEmail, verifyUser } from '$lib/server/store/accounts';

const byEmail = new SignInLimiter(FAILURES_PER_EMAIL);
const byAddress = new SignInLimiter(FAILURES_PER_ADDRESS);

export const load: PageServerLoad = ({ locals, url }) => ({
	user: locals.user,
	next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').slice(0, 320);
		const password = String(form.get('password') ?? '').slice(0, 1024);
		const next = safeNext(String(form.get('next') ?? ''));
		const emailKey = [normaliseEmail(email)];
		const addressKey = [getClientAddress()];
		const wait = Math.max(byEmail.minutesToWait(emailKey), byAddress.minutesToWait(addressKey));
		if (wait > 0) {
			return fail(429, {
				email,
				problem: `Too many attempts to sign in. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`
			});
		}
		if (!email || !password) {
			return fail(400, { email, problem: 'Enter your email address and password' });
		}
		const store = await serverStore();
		const user = await store.meta.use((db) => verifyUser(db, email, password));
		if (!user) {
			byEmail.fail(emailKey);
			byAddress.fail(addressKey);
			return fail(400, { email, problem: 'The email address or password is not right' });
		}
		byEmail.succeed(emailKey);
		const token = await store.meta.use((db) => createSession(db, user));
		setSessionCookie(cookies, url, token);
		redirect(303, next);
	}
};
