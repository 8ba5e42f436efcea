// Starts a real server on a fresh database for one test file, and talks to it
// over HTTP as any Zoom client would. DATABASE_URL picks the backend: unset is
// a temporary SQLite file, postgres://... is that PostgreSQL database, emptied first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { Sandbox, DEMO_DEFAULTS } from '../../src/sandbox.ts';
import { buildApp } from '../../src/http/app.ts';
import type { Clock } from '../../src/clock.ts';

export const ADMIN_KEY = 'test-admin-key';
export const isPostgres = /^postgres/.test(process.env.DATABASE_URL ?? '');

/** A database nobody else is using: a new SQLite file, or the PostgreSQL database with its schema recreated. */
export async function freshDatabaseUrl(): Promise<{ url: string; cleanup: () => void }> {
  const url = process.env.DATABASE_URL;
  if (url && isPostgres) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('drop schema if exists public cascade; create schema public;');
    await client.end();
    return { url, cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-test-'));
  return { url: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
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

export async function startServer(options: { rateLimits?: boolean; clock?: Clock } = {}): Promise<TestServer> {
  const db = await freshDatabaseUrl();
  const sandbox = await Sandbox.open({ databaseUrl: db.url, rateLimits: options.rateLimits ?? false, adminKey: ADMIN_KEY, clock: options.clock });
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
      db.cleanup();
    },
  };
  return server;
}
