// The blocked-list family's demo records: the demo account keeps a robocaller
// from calling in and its users from dialling US premium-rate (1-900) numbers.
import type { DemoGraph } from '../../kit/seed.ts';
import { normalize, type EntryInput } from './rules.ts';

const ENTRIES: (EntryInput & { block_type: string; comment: string })[] = [
  { match_type: 'phoneNumber', phone_number: '2065550142', country: 'US', block_type: 'inbound', comment: 'Repeated robocalls to the main line' },
  { match_type: 'prefix', phone_number: '900', country: 'US', block_type: 'outbound', comment: 'Premium-rate numbers' },
];

export async function seedBlockedList(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  for (const e of ENTRIES) {
    const n = normalize(e);
    if (!n.ok) throw new Error(`blocked-list seed: ${e.phone_number} is refused (${n.problem})`);
    await db
      .insertInto('blocked_lists')
      .values({
        id: ids.next(),
        account_id: accountId,
        match_type: e.match_type,
        number: n.number,
        given_number: n.given,
        country: n.country,
        block_type: e.block_type,
        status: 'active',
        comment: e.comment,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
