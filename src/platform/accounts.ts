// Master and sub accounts. Every other row in the sandbox belongs to exactly one of these.
import type { Kysely } from 'kysely';
import type { Database, AccountTable } from '../store/schema.ts';
import { ZoomError } from '../errors.ts';
import { ExpiringCache } from './expiring-cache.ts';

export type Plan = 'business_plus' | 'pro';
export const PLANS: Plan[] = ['business_plus', 'pro'];

export interface Account {
  id: string;
  parent_id: string | null;
  name: string;
  plan: Plan;
  created_at: number;
}

const toAccount = (row: AccountTable): Account => ({ ...row, plan: row.plan as Plan });

export async function findAccount(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

export async function createAccount(
  db: Kysely<Database>,
  input: { id: string; name: string; plan: Plan; parentId: string | null; now: number },
): Promise<Account> {
  if (input.parentId) {
    const parent = await findAccount(db, input.parentId);
    if (!parent) throw new ZoomError(404, 2001, 'Account does not exist.');
    // Zoom has one level of sub accounts: a sub account cannot own another.
    if (parent.parent_id) throw new ZoomError(400, 300, 'A sub account cannot have sub accounts.');
  }
  const row = { id: input.id, parent_id: input.parentId, name: input.name, plan: input.plan, created_at: input.now };
  await db.insertInto('accounts').values(row).execute();
  return toAccount(row);
}

export async function listAccounts(db: Kysely<Database>): Promise<Account[]> {
  const rows = await db.selectFrom('accounts').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toAccount);
}

export async function setPlan(db: Kysely<Database>, id: string, plan: Plan): Promise<void> {
  await db.updateTable('accounts').set({ plan }).where('id', '=', id).execute();
}

/**
 * Accounts as every API request sees them, with a short in-process cache: each
 * request needs its account (and plan), and the row changes only through the
 * control plane. A plan changed by another process shows here within CACHE_MS,
 * the same delay tokens have (apps.ts).
 */
export class AccountDirectory {
  static readonly CACHE_MS = 5000;
  private cache = new ExpiringCache<Account>(AccountDirectory.CACHE_MS);

  constructor(private readonly db: () => Kysely<Database>) {}

  async find(id: string): Promise<Account | undefined> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const account = await findAccount(this.db(), id);
    // A miss is not kept: an account created by another process must be found at once.
    if (account) this.cache.set(id, account);
    return account;
  }

  /**
   * Resolves an `{accountId}` path value for a caller: `me` or its own id is itself,
   * one of its sub accounts is allowed, anything else does not exist for it.
   */
  async resolve(callerAccountId: string, value: string): Promise<Account> {
    const id = value === 'me' ? callerAccountId : value;
    const account = await this.find(id);
    if (account && (account.id === callerAccountId || account.parent_id === callerAccountId)) return account;
    throw new ZoomError(404, 2001, 'Account does not exist.');
  }

  /** After a write to the account in this process, so that it shows at once. */
  forget(id: string): void {
    this.cache.delete(id);
  }

  clear(): void {
    this.cache.clear();
  }
}
