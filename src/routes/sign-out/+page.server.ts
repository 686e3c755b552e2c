import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { clearSessionCookie, SESSION_COOKIE } from '$lib/server/auth/session';
import { serverStore } from '$lib/server/serverStore';
import { endSession } from '$lib/server/store/accounts';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) await (await serverStore()).meta.use((db) => endSession(db, token));
		clearSessionCookie(cookies);
		redirect(303, '/');
	}
};
