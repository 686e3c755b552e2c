// Serves the built dashboard (adapter-node) and says where to open it.
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
process.env.HOST = host;
process.env.PORT = port;
// The address people open: SvelteKit checks form posts come from it (CSRF), and the session
// cookie is Secure unless it is plain http on this machine. Behind a proxy, set ORIGIN to the
// public https address.
process.env.ORIGIN ??= `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
// adapter-node refuses request bodies over BODY_SIZE_LIMIT (512 kB by default); uploads of extracts
// up to UPLOAD_LIMIT_MB are checked by the /data page itself, so allow them here with room for
// the form around the file.
process.env.BODY_SIZE_LIMIT ??= String(
	Number(process.env.UPLOAD_LIMIT_MB || 200) * 1_000_000 + 1_000_000
);
await import('../build/index.js');
console.info(
	`Women's health hub dashboard: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`
);
