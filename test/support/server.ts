// Starts a real server on a fresh database for one test file, and talks to it
// over HTTP as any Zoom client would. DATABASE_URL picks the backend: unset is
// a temporary SQLite file, postgres://... is a new schema of that PostgreSQL
// database, so that test files can run side by side.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { Sandbox, DEMO_DEFAULTS } from '../../src/sandbox.ts';
import { buildApp } from '../../src/http/app.ts';
import type { Clock } from '../../src/clock.ts';
import type { IdGenerator } from '../../src/ids.ts';

export const ADMIN_KEY = 'test-admin-key';
export const isPostgres = /^postgres/.test(process.env.DATABASE_URL ?? '');

export interface FreshDatabase {
  /** A DATABASE_URL for this database alone; child server processes given it land in it too. */
  url: string;
  cleanup: () => Promise<void>;
}

/** A database nobody else is using: a new SQLite file, or a new schema of the PostgreSQL database. */
export async function freshDatabaseUrl(): Promise<FreshDatabase> {
  const url = process.env.DATABASE_URL;
  if (url && isPostgres) {
    // The creation time in the name lets scripts/test.ts drop schemas a killed run left behind.
    const schema = `t_${process.pid}_${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;
    await onDatabase(url, `create schema ${schema}`);
    return { url: withSearchPath(url, schema), cleanup: () => onDatabase(url, `drop schema if exists ${schema} cascade`) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-test-'));
  return { url: join(dir, 'test.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function onDatabase(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The URL with `-c search_path=<schema>` added to its libpq `options`, which
 * node-pg sends at connect: every connection of every process given the URL,
 * and the tables Kysely's migrator keeps, then resolve to that schema.
 * %20 rather than + for the space, so psql reads the URL the same way.
 */
function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  const options = [parsed.searchParams.get('options'), `-c search_path=${schema}`].filter(Boolean).join(' ');
  parsed.searchParams.delete('options');
  const rest = parsed.searchParams.toString();
  parsed.search = (rest ? `${rest}&` : '') + `options=${encodeURIComponent(options)}`;
  return parsed.toString();
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface TestServer {
  sandbox: Sandbox;
  app: FastifyInstance;
  base: string;
  databaseUrl: string;
  /** A bearer token of the demo app (or of the given credentials). */
  token(clientId?: string, clientSecret?: string, accountId?: string): Promise<string>;
  api(method: string, path: string, opts?: { token?: string; body?: unknown; query?: Record<string, string | number>; raw?: string; contentType?: string }): Promise<ApiResponse>;
  admin(method: string, path: string, body?: unknown): Promise<ApiResponse>;
  close(): Promise<void>;
}

async function toResponse(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text, the test will say so
  }
  return { status: res.status, headers: res.headers, body };
}

export interface ServerOptions {
  rateLimits?: boolean;
  clock?: Clock;
  /** The sandbox's id generator (a seeded one makes the demo's ids the same in every run). */
  ids?: IdGenerator;
  /** Seed the demo's simulated calls (off by default: tests count the calls they place). */
  demoActivity?: boolean;
  /** Serve this database (the caller made it and cleans it up) instead of a fresh one. */
  databaseUrl?: string;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const db: FreshDatabase = options.databaseUrl ? { url: options.databaseUrl, cleanup: async () => {} } : await freshDatabaseUrl();
  const sandbox = await Sandbox.open({ databaseUrl: db.url, rateLimits: options.rateLimits ?? false, adminKey: ADMIN_KEY, clock: options.clock, ids: options.ids, demoActivity: options.demoActivity ?? false }).catch(
    async (error) => {
      await db.cleanup();
      throw error;
    },
  );
  const app = await buildApp(sandbox, { logLevel: 'error' });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const tokens = new Map<string, string>();

  const server: TestServer = {
    sandbox,
    app,
    base: address,
    databaseUrl: db.url,
    async token(clientId = DEMO_DEFAULTS.clientId, clientSecret = DEMO_DEFAULTS.clientSecret, accountId = DEMO_DEFAULTS.accountId) {
      const key = `${clientId}:${clientSecret}:${accountId}`;
      const known = tokens.get(key);
      if (known) return known;
      const res = await fetch(`${address}/oauth/token?grant_type=account_credentials&account_id=${encodeURIComponent(accountId)}`, {
        method: 'POST',
        headers: { authorization: 'Basic ' + Buffer.from(`${clientId}:${clientSecret}`).toString('base64') },
      });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`token: ${res.status} ${JSON.stringify(body)}`);
      tokens.set(key, body.access_token);
      return body.access_token;
    },
    async api(method, path, opts = {}) {
      const token = opts.token === undefined ? await server.token() : opts.token;
      const qs = opts.query ? '?' + new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)])).toString() : '';
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      let body: string | undefined;
      if (opts.raw !== undefined || opts.body !== undefined) {
        headers['content-type'] = opts.contentType ?? 'application/json';
        body = opts.raw ?? JSON.stringify(opts.body);
      }
      return toResponse(await fetch(`${address}/v2${path}${qs}`, { method, headers, body }));
    },
    async admin(method, path, body) {
      const headers: Record<string, string> = { 'x-admin-key': ADMIN_KEY };
      if (body !== undefined) headers['content-type'] = 'application/json';
      return toResponse(await fetch(`${address}/_sandbox${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
    },
    async close() {
      await app.close();
      await sandbox.close();
      await db.cleanup();
    },
  };
  return server;
}
