import type { PageServerLoad } from './$types';
import { requireAnalyst } from '$lib/server/auth/access';
import { serverStore } from '$lib/server/serverStore';
import { auditLog } from '$lib/server/store/versions';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAnalyst(locals.user, url);
	const store = await serverStore();
	return { entries: await store.meta.use(auditLog) };
};
