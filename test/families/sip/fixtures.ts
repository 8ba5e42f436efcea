// Accounts and tokens the sip tests share: the demo master, its sub account,
// a second sub account and an unrelated master, each with its own token.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

export const MASTER = DEMO_DEFAULTS.accountId;
export const SUB = `${DEMO_DEFAULTS.accountId}-sub`;

/** A token of the given account, through an app created on the control plane. */
export async function tokenOf(s: TestServer, accountId: string): Promise<string> {
  const app = await s.admin('POST', `/accounts/${accountId}/apps`, {});
  assert.equal(app.status, 201, JSON.stringify(app.body));
  return s.token(app.body.client_id, app.body.client_secret, accountId);
}

/** A new account (a sub account of `parent`, or a master when parent is null). */
export async function newAccount(s: TestServer, id: string, parent: string | null): Promise<string> {
  const res = await s.admin('POST', '/accounts', parent ? { id, name: id, parent_id: parent } : { id, name: id });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

export function fieldOf(res: { body: any }): string | undefined {
  return res.body?.errors?.[0]?.field;
}
