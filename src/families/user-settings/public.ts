// What other families may use of user-settings. Export only what they need; writes run
// with this family's rights (owner.bind(db)), in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

/** Someone a user shares its voicemail or recordings with (the user's shared access settings). */
export interface AccessMember {
  /** The user who shares. */
  userId: string;
  setting: 'voice_mail' | 'auto_call_recording' | 'ad_hoc_call_recording';
  /** The member: a user's or a common area's id. */
  memberId: string;
  memberType: 'user' | 'commonArea';
}

/** The access members of the users' shared access settings, in the order they were added. */
export async function accessMembersOf(db: Kysely<Database>, accountId: string, userIds: string[]): Promise<AccessMember[]> {
  if (!userIds.length) return [];
  const rows = await db
    .selectFrom('user_access_members')
    .select(['user_id', 'setting', 'access_user_id', 'access_user_type'])
    .where('account_id', '=', accountId)
    .where('user_id', 'in', userIds)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, setting: r.setting as AccessMember['setting'], memberId: r.access_user_id, memberType: r.access_user_type === 'commonArea' ? 'commonArea' : 'user' }));
}
