import type { RequestHandler } from './$types';
import { modelResponse } from '$lib/server/modelEndpoint';

export const GET: RequestHandler = ({ params, url }) =>
	modelResponse(params.page, url.searchParams);
