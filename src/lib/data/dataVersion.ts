/**
 * Which version of the data a page model was computed on: each dataset's checksum, so an upload
 * or a rollback of any dataset (which changes the store's current version, and so the manifest)
 * gives a new version. The server's cache and the browser's engine both key on it, so a figure is
 * never computed on one version and shown as another.
 */
import type { Manifest } from './datasets';

export function dataVersion(manifest: Manifest): string {
	return manifest.datasets.map((d) => `${d.name}:${d.sha256}`).join(',');
}
