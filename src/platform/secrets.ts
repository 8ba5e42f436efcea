// The sandbox's own keys, none of them readable from the database. The admin
// key is kept as its hash (shown once, when made). The page-token signing key is
// derived from a deployment secret that lives outside the database — the
// SWITCHBOARD_SECRET variable (set the same on every node over one database), or
// else a file made once in the user's config folder — and a per-database salt, so
// a copy of the database alone cannot forge a page token, and two databases on
// one machine do not accept each other's.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { sha256 } from '../ids.ts';

export const SECRET_ENV = 'SWITCHBOARD_SECRET';
export const SECRET_FILE_ENV = 'SWITCHBOARD_SECRET_FILE';

export function defaultSecretFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'switchboard', 'secret');
}

/** The deployment secret: the variable's value, or the file's, made (readable by its owner only) on first use. */
export function deploymentSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env[SECRET_ENV]) return env[SECRET_ENV];
  const file = env[SECRET_FILE_ENV] || defaultSecretFile(env);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // `wx`: processes starting together make it once; the others read what the first wrote.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const value = readFileSync(file, 'utf8').trim();
  if (!value) throw new Error(`${file} is empty: delete it to have a new deployment secret made, or set ${SECRET_ENV}.`);
  return value;
}

const hmac = (key: string, text: string) => createHmac('sha256', key).update(text).digest('hex');

/** The page-token signing key of one database: its salt under the deployment secret. */
export const signingKeyFor = (secret: string, salt: string): string => hmac(secret, `page-tokens:${salt}`);

/** What the database keeps to tell a node started with another secret (its tokens would not verify). */
export const signingKeyCheck = (signingKey: string): string => hmac(signingKey, 'check');

export const hashAdminKey = (key: string): string => sha256(key);

/** Whether `given` is the key whose hash is `hash`, in constant time. */
export function isAdminKey(given: string | undefined, hash: string): boolean {
  if (!given) return false;
  const a = Buffer.from(hashAdminKey(given), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
