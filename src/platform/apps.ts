// Server-to-Server OAuth apps and the access tokens they are issued.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { secret, sha256 } from '../ids.ts';
import { ExpiringCache } from './expiring-cache.ts';

export const TOKEN_TTL_SECONDS = 3600;

export interface App {
  client_id: string;
  account_id: string;
  name: string;
  scopes: string[];
  created_at: number;
}

export interface IssuedToken {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
}

export interface TokenGrant {
  accountId: string;
  clientId: string;
  scopes: Set<string>;
  expiresAt: number;
}

export async function createApp(
  db: Kysely<Database>,
  input: { accountId: string; clientId: string; clientSecret: string; name: string; scopes: string[]; now: number },
): Promise<App> {
  const row = {
    client_id: input.clientId,
    account_id: input.accountId,
    name: input.name,
    // Secrets are never stored in the clear; a leaked database file holds no usable credentials.
    secret_hash: sha256(input.clientSecret),
    scopes: JSON.stringify(input.scopes),
    created_at: input.now,
  };
  await db.insertInto('apps').values(row).execute();
  return { client_id: row.client_id, account_id: row.account_id, name: row.name, scopes: input.scopes, created_at: row.created_at };
}

export async function listApps(db: Kysely<Database>, accountId: string): Promise<App[]> {
  const rows = await db.selectFrom('apps').selectAll().where('account_id', '=', accountId).orderBy('created_at').execute();
  return rows.map((r) => ({ client_id: r.client_id, account_id: r.account_id, name: r.name, scopes: JSON.parse(r.scopes), created_at: r.created_at }));
}

/** The app whose credentials these are, or undefined. */
export async function authenticateApp(db: Kysely<Database>, clientId: string, clientSecret: string): Promise<App | undefined> {
  const row = await db.selectFrom('apps').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  if (!row || row.secret_hash !== sha256(clientSecret)) return undefined;
  return { client_id: row.client_id, account_id: row.account_id, name: row.name, scopes: JSON.parse(row.scopes), created_at: row.created_at };
}

export async function issueToken(db: Kysely<Database>, app: App, now: number): Promise<IssuedToken> {
  const token = secret();
  await db
    .insertInto('tokens')
    .values({
      token_hash: sha256(token),
      account_id: app.account_id,
      client_id: app.client_id,
      scopes: app.scopes.join(' '),
      expires_at: now + TOKEN_TTL_SECONDS * 1000,
    })
    .execute();
  // Dropping tokens a day after they expired keeps the table small without a sweeper,
  // and until then a client using one is told it expired rather than that it is unknown.
  await db.deleteFrom('tokens').where('expires_at', '<', now - EXPIRED_TOKENS_KEPT_MS).execute();
  return { access_token: token, token_type: 'bearer', expires_in: TOKEN_TTL_SECONDS, scope: app.scopes.join(' ') };
}

/**
 * Looks tokens up with a short in-process cache: every request needs this, and a
 * database round trip per request would cost more than the rest of a GET.
 * A token revoked by `reset` in another process stays usable here for at most CACHE_MS.
 */
const EXPIRED_TOKENS_KEPT_MS = 24 * 60 * 60 * 1000;

/** What a bearer token is: the grant it carries, one that has expired, or nothing this sandbox issued. */
export type TokenCheck = { ok: true; grant: TokenGrant } | { ok: false; expired: boolean };

export class TokenVerifier {
  static readonly CACHE_MS = 5000;
  private cache = new ExpiringCache<TokenGrant>(TokenVerifier.CACHE_MS);

  constructor(private readonly db: () => Kysely<Database>) {}

  async verify(token: string, now: number): Promise<TokenCheck> {
    // Kept by the token itself: hashing it on every request cost more than the rest of the check.
    const hit = this.cache.get(token);
    if (hit) return judge(hit, now);
    const row = await this.db().selectFrom('tokens').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst();
    if (!row) {
      this.cache.delete(token);
      return UNKNOWN;
    }
    const grant: TokenGrant = {
      accountId: row.account_id,
      clientId: row.client_id,
      scopes: new Set(row.scopes.split(' ').filter(Boolean)),
      expiresAt: row.expires_at,
    };
    this.cache.set(token, grant);
    return judge(grant, now);
  }

  clear(): void {
    this.cache.clear();
  }
}

const UNKNOWN: TokenCheck = { ok: false, expired: false };
const EXPIRED: TokenCheck = { ok: false, expired: true };
const judge = (grant: TokenGrant, now: number): TokenCheck => (grant.expiresAt > now ? { ok: true, grant } : EXPIRED);
