// What other families may use of provision-templates: a devices family, which assigns
// a template to a desk phone ("Update provision template of a device"), finds the
// template by id in the device's account, and answers "Provision template does not
// exist." when the account has none of that id.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { templateOf } from './store.ts';

export interface ProvisionTemplateRef {
  id: string;
  name: string;
}

/** The account's provision template `templateId` (its id and name), or undefined when the account has none of that id. */
export async function findProvisionTemplate(db: Kysely<Database>, accountId: string, templateId: string): Promise<ProvisionTemplateRef | undefined> {
  const row = await templateOf(db, accountId, templateId);
  return row && { id: row.id, name: row.name };
}

/** Which of these template ids the account still has (a devices family shows a device's template only while it exists). */
export async function existingTemplates(db: Kysely<Database>, accountId: string, templateIds: string[]): Promise<Set<string>> {
  if (templateIds.length === 0) return new Set();
  const rows = await db.selectFrom('provision_templates').select('id').where('account_id', '=', accountId).where('id', 'in', templateIds).execute();
  return new Set(rows.map((r) => r.id));
}
