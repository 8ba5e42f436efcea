// What the carriers tests stand on: the demo account runs the demo carrier (seeded),
// its sub account is a customer, and a second master account runs no carrier.
import assert from 'node:assert/strict';
import type { TestServer, ApiResponse } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO}-sub`;
export const CARRIER_CODE = 9998;
export const TRUNK = 'Demo-Trunk-US';
export { otherAccount } from '../../support/fixtures.ts';

let next = 1000;
/** A fresh E.164 number nobody in the sandbox holds. */
export const freshNumber = (): string => `+1617555${String(next++).padStart(4, '0')}`;

/** The phone_numbers row of a number, wherever it is. */
export async function numberRow(s: TestServer, number: string) {
  return s.sandbox.db.selectFrom('phone_numbers').selectAll().where('number', '=', number).executeTakeFirst();
}

/** Every page of a list, following next_page_token. */
export async function allPages(s: TestServer, path: string, key: string, query: Record<string, string | number> = {}): Promise<any[]> {
  const out: any[] = [];
  let token = '';
  for (let i = 0; i < 50; i++) {
    const res: ApiResponse = await s.api('GET', path, { query: { ...query, page_size: 300, ...(token ? { next_page_token: token } : {}) } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    out.push(...(res.body[key] ?? []));
    token = res.body.next_page_token;
    if (!token) return out;
  }
  throw new Error('too many pages');
}
