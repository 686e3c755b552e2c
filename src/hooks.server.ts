import type { Handle } from '@sveltejs/kit';
import { compressResponse } from '$lib/server/compressResponse';

export const handle: Handle = async ({ event, resolve }) =>
	compressResponse(event.request, await resolve(event));
