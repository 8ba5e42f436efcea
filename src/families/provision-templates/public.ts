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
