import nodeAdapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { compressAssets } from './scripts/build/compressAssets.js';

/**
 * adapter-node, with its precompression switched on (so the server looks for .br and .gz copies)
 * but made by our own faster settings: see scripts/build/compressAssets.js.
 */
const node = nodeAdapter({ out: 'build', precompress: true });
const adapter = {
	...node,
	adapt: (builder) => node.adapt({ ...builder, compress: compressAssets })
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: { adapter }
};

export default config;
