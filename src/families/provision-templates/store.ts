// The provision-templates family's queries, scoped by account on every one: through
// the request's AccountStore, or with the account a caller names (public.ts).
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { ProvisionTemplateTable } from './tables.ts';

export type ProvisionTemplateRow = Selectable<ProvisionTemplateTable>;
export type ProvisionTemplateInsert = Omit<Insertable<ProvisionTemplateTable>, 'account_id' | 'seq'>;

/** False when the account already has a template of that name (the unique index decides). */
export async function insertTemplate(store: AccountStore, template: ProvisionTemplateInsert): Promise<boolean> {
  const res = await store.db
    .insertInto('provision_templates')
    .values({ account_id: store.accountId, ...template })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The account's template `id`, or undefined when the account has none of that id. */
export async function templateOf(db: Kysely<Database>, accountId: string, id: string): Promise<ProvisionTemplateRow | undefined> {
  return db.selectFrom('provision_templates').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}
