import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Brotli-precompressing the 35 MB DuckDB .wasm files takes minutes; a reverse proxy compresses instead.
		adapter: adapter({ out: 'build', precompress: false })
	}
};

export default config;
