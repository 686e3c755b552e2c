import { redirect, type Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { compressResponse } from '$lib/server/compressResponse';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { signInPath } from '$lib/server/auth/access';
import { serverStore } from '$lib/server/serverStore';
import { sessionUser } from '$lib/server/store/accounts';

/** Pages anyone may open when viewing needs a sign-in (SIGN_IN_TO_VIEW=true). */
const OPEN_PATHS = ['/sign-in'];

export const handle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = token
		? await (await serverStore()).meta.use((db) => sessionUser(db, token))
		: null;
	if (
		env.SIGN_IN_TO_VIEW === 'true' &&
		!event.locals.user &&
		!OPEN_PATHS.includes(event.url.pathname)
	) {
		redirect(303, signInPath(event.url));
	}
	return compressResponse(event.request, await resolve(event));
};
