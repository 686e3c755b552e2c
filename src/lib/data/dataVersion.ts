/**
 * Which version of the data a page model was computed on. The server's cache and the browser's
 * engine both key on it, so a figure is never computed on one version and shown as another.
 */
import type { Manifest } from './datasets';

export function dataVersion(manifest: Manifest): string {
	return manifest.generatedAt;
}
