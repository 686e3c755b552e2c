// See https://svelte.dev/docs/kit/types#app.d.ts
import type { User } from '$lib/server/store/accounts';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in user, or null (src/hooks.server.ts). */
			user: User | null;
		}
	}
}

export {};
