// The outbound-calling family's demo records: the demo account blocks calls to Cuba
// and Nigeria, save the number of its partner office in Lagos (an exception rule).
import type { DemoGraph } from '../../kit/seed.ts';
import { BLOCKED, prefixProblem } from './rules.ts';

const BLOCKED_COUNTRIES = ['CU', 'NG'];
const EXCEPTION = { country: 'NG', match_type: 'phoneNumber' as const, prefix_number: '12705500', status: 'active' as const, comment: 'Lagos partner office' };

export async function seedOutboundCalling(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  await db
    .insertInto('outbound_country_rules')
    .values(BLOCKED_COUNTRIES.map((iso_code) => ({ account_id: accountId, level: 'account' as const, target_id: accountId, iso_code, rule: BLOCKED, updated_at: now })))
    .execute();
  const problem = prefixProblem(EXCEPTION.country, EXCEPTION.match_type, EXCEPTION.prefix_number);
  if (problem) throw new Error(`outbound-calling seed: ${problem}`);
  await db
    .insertInto('outbound_exception_rules')
    .values({ id: ids.next(), account_id: accountId, level: 'account', target_id: accountId, ...EXCEPTION, created_at: now, updated_at: now })
    .execute();
}
