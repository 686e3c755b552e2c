/**
 * Analyst and viewer accounts and their sessions. Passwords are hashed with scrypt (memory-hard,
 * in node:crypto, so no native add-on); a session is a random token of which only the SHA-256 is
 * stored, so a copy of the database cannot be used to sign in.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Meta } from './metaDb';

export const ROLES = ['viewer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
	id: number;
	email: string;
	role: Role;
}

/** scrypt cost: N = 2^15, r = 8 needs 32 MiB per hash (OWASP password storage cheat sheet). */
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;
export const SESSION_HOURS = 8;

function derive(password: string, salt: Buffer): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		scrypt(password.normalize('NFKC'), salt, KEY_BYTES, COST, (error, key) =>
			error ? reject(error) : resolve(key)
		)
	);
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt);
	return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** A hash nobody's password matches, so an unknown email costs as long as a wrong password. */
const NO_ONE = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_BYTES).toString('base64')}`;

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || Number(n) !== COST.N || Number(r) !== COST.r || Number(p) !== COST.p)
		return false;
	const expected = Buffer.from(key, 'base64');
	const actual = await derive(password, Buffer.from(salt, 'base64'));
	return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function addUser(
	db: Meta,
	email: string,
	role: Role,
	password: string
): Promise<void> {
	const hash = await hashPassword(password);
	await db.run(
		`INSERT INTO users VALUES (nextval('ids'), ?, ?, ?, ?)
		ON CONFLICT (email) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash`,
		[normaliseEmail(email), role, hash, new Date().toISOString()]
	);
}

/** The user whose email and password these are, or null (after the same work either way). */
export async function verifyUser(db: Meta, email: string, password: string): Promise<User | null> {
	const [row] = await db.rows(`SELECT id, email, role, password_hash FROM users WHERE email = ?`, [
		normaliseEmail(email)
	]);
	const matches = await passwordMatches(password, row ? String(row.password_hash) : NO_ONE);
	if (!row || !matches) return null;
	return { id: Number(row.id), email: String(row.email), role: row.role as Role };
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Meta, user: User): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	const now = new Date();
	const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
	await db.run(`DELETE FROM sessions WHERE expires_at <= ?`, [now.toISOString()]);
	await db.run(`INSERT INTO sessions VALUES (?, ?, ?, ?)`, [
		tokenHash(token),
		user.id,
		now.toISOString(),
		expires.toISOString()
	]);
	return token;
}

/** The signed-in user of a session token, or null if it is unknown or expired. */
export async function sessionUser(db: Meta, token: string): Promise<User | null> {
	const [row] = await db.rows(
		`SELECT u.id, u.email, u.role FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = ? AND s.expires_at > ?`,
		[tokenHash(token), new Date().toISOString()]
	);
	return row ? { id: Number(row.id), email: String(row.email), role: row.role as Role } : null;
}

export async function endSession(db: Meta, token: string): Promise<void> {
	await db.run(`DELETE FROM sessions WHERE token_hash = ?`, [tokenHash(token)]);
}
