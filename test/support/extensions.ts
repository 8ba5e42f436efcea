// Users written straight into phone_users (as the shared fixtures do) hold an
// extension number the directory does not know of; this puts it there, as the
// users family does for every user it makes.
import assert from 'node:assert/strict';
import type { TestServer } from './server.ts';
import { claimExtension } from '../../src/families/extensions/public.ts';

export async function registerUserExtension(s: TestServer, userId: string): Promise<void> {
  const user = await s.sandbox.db.selectFrom('phone_users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  if (user.extension_number === null) return;
  const claim = await s.sandbox.db.transaction().execute((trx) =>
    claimExtension(trx, {
      accountId: user.account_id, id: user.extension_id, kind: 'user', number: Number(user.extension_number), name: user.name, siteId: user.site_id, ownerId: user.id,
    }),
  );
  assert.ok(claim.ok, `extension ${user.extension_number} of ${user.account_id} is free`);
}

/** The account's directory, in the order extensions were added. */
export async function directory(s: TestServer, accountId: string) {
  const rows = await s.sandbox.db
    .selectFrom('extensions')
    .select(['id', 'kind', 'extension_number', 'name', 'site_id', 'owner_id'])
    .where('account_id', '=', accountId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, extension_number: Number(r.extension_number) }));
}
