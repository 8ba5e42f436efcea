// What the inbound-blocked tests share: the calls of the ten operations, the demo
// account's extensions (a user's and each site's auto receptionist's) and another
// master account with its own token.
import type { TestServer } from '../../support/server.ts';
import { tokenFor } from '../../support/org.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

export const DEMO = DEMO_DEFAULTS.accountId;

export const RULES = '/phone/inbound_blocked/rules';
export const STATISTICS = '/phone/inbound_blocked/extension_rules/statistics';
export const BLOCKED_FOR_ALL = `${STATISTICS}/blocked_for_all`;
export const extensionRulesPath = (extensionId: string) => `/phone/extension/${extensionId}/inbound_blocked/rules`;

type Query = Record<string, string | number>;

export function calls(s: TestServer) {
  return {
    listAccountRules: (query: Query = {}, token?: string) => s.api('GET', RULES, { query, token }),
    addAccountRule: (body: unknown, token?: string) => s.api('POST', RULES, { body, token }),
    updateAccountRule: (id: string, body: unknown, token?: string) => s.api('PATCH', `${RULES}/${id}`, { body, token }),
    deleteAccountRule: (id: string, token?: string) => s.api('DELETE', RULES, { query: { blocked_rule_id: id }, token }),
    listExtensionRules: (extensionId: string, query: Query = {}, token?: string) => s.api('GET', extensionRulesPath(extensionId), { query, token }),
    addExtensionRule: (extensionId: string, body: unknown, token?: string) => s.api('POST', extensionRulesPath(extensionId), { body, token }),
    deleteExtensionRule: (extensionId: string, id: string, token?: string) =>
      s.api('DELETE', extensionRulesPath(extensionId), { query: { blocked_rule_id: id }, token }),
    listStatistics: (query: Query = {}, token?: string) => s.api('GET', STATISTICS, { query, token }),
    deleteStatistic: (id: string, token?: string) => s.api('DELETE', STATISTICS, { query: { blocked_statistic_id: id }, token }),
    blockForAll: (id: string, token?: string) => s.api('PATCH', BLOCKED_FOR_ALL, { body: { blocked_statistic_id: id }, token }),
  };
}

/** The demo account's extensions by kind, in the order the directory got them. */
export async function demoExtensions(s: TestServer, accountId = DEMO) {
  const rows = await s.sandbox.db.selectFrom('extensions').select(['id', 'kind', 'owner_id']).where('account_id', '=', accountId).orderBy('seq').execute();
  return { users: rows.filter((r) => r.kind === 'user').map((r) => r.id), receptionists: rows.filter((r) => r.kind === 'autoReceptionist').map((r) => r.id) };
}

/** Another master account, with a token of its own app. */
export const otherMaster = (s: TestServer, id: string) => tokenFor(s, id, true);

/** Every row of one of the family's tables for an account, in insertion order: what a refused request must leave as it was. */
export const rowsOf = (
  s: TestServer,
  table: 'inbound_block_account_rules' | 'inbound_block_extension_rules' | 'inbound_block_statistics',
  accountId = DEMO,
) => s.sandbox.db.selectFrom(table).selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
