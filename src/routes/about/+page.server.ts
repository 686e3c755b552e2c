import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';

/**
 * Where feedback goes is the deploying team's choice, so it is a setting (FEEDBACK_EMAIL), not a
 * fact in the code; without it the page says who to ask.
 */
export const load: PageServerLoad = () => {
	const email = env.FEEDBACK_EMAIL?.trim();
	return { feedbackEmail: email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? email : null };
};
