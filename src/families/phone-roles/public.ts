// What other families may use of phone-roles: the phone role a user holds (a user
// holds one at most), with what its kind lets the user administer, for a family
// that shows or checks a user's admin rights.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { roleOfUser } from './store.ts';
import { TARGETS_OF, type RoleKind, type TargetType } from './rules.ts';

export type { RoleKind, TargetType } from './rules.ts';

export interface UserPhoneRole {
  id: string;
  name: string;
  kind: RoleKind;
  /** A built-in role ("is_default"), not a copy. */
  isDefault: boolean;
  targetTypes: readonly TargetType[];
}

/** The phone role the user holds in the account, or undefined when it holds none. */
export async function phoneRoleOfUser(db: Kysely<Database>, accountId: string, userId: string): Promise<UserPhoneRole | undefined> {
  const row = await roleOfUser(db, accountId, userId);
  return (
    row && {
      id: row.id,
      name: row.name,
      kind: row.kind,
      isDefault: row.builtin !== null,
      targetTypes: TARGETS_OF[row.kind],
    }
  );
}
