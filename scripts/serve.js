// Serves the built dashboard (adapter-node) and says where to open it.
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
process.env.HOST = host;
process.env.PORT = port;
await import('../build/index.js');
console.info(
	`Women's health hub dashboard: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`
);
