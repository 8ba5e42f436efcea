// What the carriers tests stand on: the demo account runs the demo carrier (seeded),
// its sub account is a customer, and a second master account runs no carrier.
import assert from 'node:assert/strict';
import type { TestServer, ApiResponse } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

export const DEMO = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO}-sub`;
export const CARRIER_CODE = 9998;
export const TRUNK = 'Demo-Trunk-US';
export { otherAccount } from '../../support/fixtures.ts';

let next = 1000;
/** A fresh E.164 number nobody in the sandbox holds. */
export const freshNumber = (): string => `+1617555${String(next++).padStart(4, '0')}`;

/** `count` fresh numbers of one block nobody holds (a block per call, so calls never overlap). */
let block = 100;
export const freshBlock = (count: number): string[] => {
  const prefix = `+1646${String(block++).padStart(3, '0')}`;
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
};

/**
 * The number as its customer sees it on Number Management's list of the
 * account's numbers (`token` reads an account other than the demo's or its sub account's).
 */
export async function customerNumber(s: TestServer, account: string, number: string, token?: string): Promise<any | undefined> {
  const res = await s.api('GET', `/accounts/${account}/number_management/numbers`, { token, query: { keyword: number, page_size: 200 } });
  assertContract('listPhoneNumbersForNumberManagement', res);
  return res.body.numbers.find((n: { number: string }) => n.number === number);
}

/** Which of the demo account and its sub account holds the number, through their own lists; undefined when neither does. */
export async function holderOf(s: TestServer, number: string): Promise<{ account: string; item: any } | undefined> {
  for (const account of [DEMO, SUB]) {
    const item = await customerNumber(s, account, number);
    if (item) return { account, item };
  }
  return undefined;
}

/** The phone_numbers row of a number, wherever it is (for what no API shows). */
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

/** The per-number failures of Number Management's 1000 answer, as [number, reason] pairs. */
export function failuresOf(res: ApiResponse): [string, string][] {
  const m = /^Some data failed\. (\[.*\])$/s.exec(String(res.body?.message));
  assert.ok(m, `no failure list in ${JSON.stringify(res.body)}`);
  return (JSON.parse(m[1]) as { phoneNumber: string; reason: string }[]).map((f) => [f.phoneNumber, f.reason]);
}

/** The generic answer of the contract's validator, naming the field it refused. */
export function assertValidationFailed(res: ApiResponse, field: string): void {
  assertUndocumentedError(res, 400, 300, 'Validation Failed.');
  assert.ok(res.body.errors?.some((e: { field: string }) => e.field === field), `no error on ${field}: ${JSON.stringify(res.body)}`);
}
