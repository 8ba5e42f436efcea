// The account settings document (/phone/account_settings) as the account reads it:
// every documented setting type, the account's changes over the sandbox's defaults,
// each lock shown. Sites, and through them users, stand on it; groups read it too.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { extensionPolicy, fitToSchema, successSchema } from '../../kit/json-schema.ts';
import { isRecord } from '../../kit/merge.ts';
import { ACCOUNT_DEFAULTS, type Json } from './rules.ts';
import { settingsOf } from './store.ts';

/** The document from the changes the account keeps: a setting it locked shows `locked_by: account`, any other `invalid`. */
export function documentOf(policy: Json): Json {
  const schema = successSchema('listAnAccountsZoomPhoneSettings');
  const doc = extensionPolicy(schema, ACCOUNT_DEFAULTS, policy);
  for (const [key, value] of Object.entries(doc)) {
    if (!isRecord(value) || !schema.properties?.[key]?.properties?.locked) continue;
    const locked = value.locked === true;
    doc[key] = { ...value, locked, locked_by: locked ? 'account' : 'invalid' };
  }
  return fitToSchema(schema, doc) as Json;
}

export async function accountDocument(db: Kysely<Database>, accountId: string): Promise<Json> {
  return documentOf((await settingsOf(db, accountId)).policy);
}
