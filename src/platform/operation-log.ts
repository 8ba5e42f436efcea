// The operation logs report's source: every write the API accepts (who, what,
// when), written after the write succeeded. Reads and refused writes leave none.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

const ACTIONS: Record<string, string> = { POST: 'Add', PUT: 'Update', PATCH: 'Update', DELETE: 'Delete' };

export interface LoggedWrite {
  accountId: string;
  at: number;
  /** The app that made the call (a Server-to-Server app acts for the account's admin). */
  operator: string;
  method: string;
  /** The operation's tag in the contract ("Call Queues"). */
  category: string;
  summary: string;
  /** The path as requested, ids and all. */
  url: string;
}

export const isWrite = (method: string): boolean => method in ACTIONS;

export async function logWrite(db: Kysely<Database>, w: LoggedWrite): Promise<void> {
  await db
    .insertInto('operation_logs')
    .values({
      account_id: w.accountId,
      at: w.at,
      operator: w.operator,
      category_type: w.category,
      action: ACTIONS[w.method] ?? w.method,
      operation_detail: `${w.summary}: ${w.method} ${w.url.replace(/\?.*$/, '')}`,
    })
    .execute();
}
