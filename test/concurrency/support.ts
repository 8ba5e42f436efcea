// What the concurrency tests share: firing many requests at once, and sites and
// users to race on. Every request goes over HTTP, as a client's would.
import assert from 'node:assert/strict';
import type { ApiResponse, TestServer } from '../support/server.ts';
import { addUser as addSharedUser } from '../support/fixtures.ts';
import { registerUserExtension } from '../support/extensions.ts';

export const ADDRESS = { address_line1: '55 Almaden Blvd', city: 'San Jose', state_code: 'CA', zip: '95113', country: 'US' };

/** Starts every request before awaiting any, so that they reach the server together. */
export function together(count: number, request: (i: number) => Promise<ApiResponse>): Promise<ApiResponse[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => request(i)));
}

export async function createSite(s: TestServer, name: string): Promise<string> {
  const res = await s.api('POST', '/phone/sites', { body: { name, auto_receptionist_name: `${name} Desk`, default_emergency_address: ADDRESS } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

/** A demo user written as another room would, with its extension in the account's directory. */
export async function addUser(s: TestServer, opts: { siteId?: string; extension?: number } = {}): Promise<string> {
  const id = await addSharedUser(s, { tag: 'race', ...opts });
  await registerUserExtension(s, id);
  return id;
}

/** Statuses with how many answers had each, e.g. { '204': 1, '409': 19 }. */
export function tally(responses: ApiResponse[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of responses) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}
