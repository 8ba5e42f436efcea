// What other families may use of SIP: finding one of the account's SIP groups,
// which a BYOC number names to route its calls (numbers keeps its id and name).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

export { findSipGroup } from './store.ts';

/** The account's SIP group of this display name for the product (or a common one), if any: a batch of emergency locations names its group by name (sip_group_name). */
export async function sipGroupByName(db: Kysely<Database>, accountId: string, name: string, product: string): Promise<{ id: string; display_name: string } | undefined> {
  return db
    .selectFrom('sip_groups')
    .select(['id', 'display_name'])
    .where('account_id', '=', accountId)
    .where('display_name', '=', name)
    .where('source_system', 'in', [product, 'COMMON'])
    .orderBy('seq')
    .executeTakeFirst();
}
