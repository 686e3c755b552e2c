/**
 * Adds an account, or changes the role and password of an existing one:
 *   npm run user:add -- --role analyst --email name@nhs.net
 * The password is read from the USER_PASSWORD environment variable or else from standard input
 * (never from the command line, where other users of the machine could see it).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES, addUser, type Role } from '../src/lib/server/store/accounts';
import { openMetaDb } from '../src/lib/server/store/metaDb';
import { STORE_FILE } from '../src/lib/server/store';

const MIN_PASSWORD = 12;

function option(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? process.argv[at + 1] : undefined;
}

const role = option('role') as Role | undefined;
const email = option('email');
if (!role || !ROLES.includes(role) || !email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
	console.error(`Usage: npm run user:add -- --role ${ROLES.join('|')} --email name@example.nhs.uk
(password from USER_PASSWORD or standard input)`);
	process.exit(2);
}
const password = (process.env.USER_PASSWORD ?? readFileSync(0, 'utf8')).replace(/\r?\n$/, '');
if (password.length < MIN_PASSWORD) {
	console.error(`The password must be at least ${MIN_PASSWORD} characters`);
	process.exit(2);
}
const dir = path.resolve(process.env.STORE_DIR || 'data/store');
mkdirSync(dir, { recursive: true });
const meta = openMetaDb(path.join(dir, STORE_FILE));
await meta.use((db) => addUser(db, email, role, password));
console.log(`${email} can now sign in as ${role === 'analyst' ? 'an analyst' : 'a viewer'}`);
