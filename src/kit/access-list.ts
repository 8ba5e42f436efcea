// Shared voicemail access lists (the `voicemail_access_members` policy subsetting of
// call queues, auto receptionists and shared line groups): a new entry, which entry a change
// names, and what the entry keeps of it. Each family keeps its list in its own table.

export interface AccessEntry {
  shared_id: string;
  access_user_id: string;
  allow_delete: number;
  allow_download: number;
  allow_sharing: number;
}

/**
 * The entry of `kept` a change names: by its shared_id, else by its user (an id or
 * an e-mail, which `userIdOf` resolves); undefined when it names none.
 */
export async function entryNamed<E extends AccessEntry>(
  kept: E[],
  change: { shared_id?: string; access_user_id?: string },
  userIdOf: (idOrEmail: string) => Promise<string | undefined>,
): Promise<E | undefined> {
  if (change.shared_id !== undefined) return kept.find((k) => k.shared_id === change.shared_id);
  if (!change.access_user_id) return undefined;
  const userId = await userIdOf(change.access_user_id);
  return userId === undefined ? undefined : kept.find((k) => k.access_user_id === userId);
}

/** The permissions an entry keeps after a change: each one given replaces, the others stay. */
export function changedPermissions(entry: AccessEntry, change: { delete?: boolean; download?: boolean; share?: boolean }) {
  const flag = (given: boolean | undefined, was: number) => (given === undefined ? was : given ? 1 : 0);
  return { allow_delete: flag(change.delete, entry.allow_delete), allow_download: flag(change.download, entry.allow_download), allow_sharing: flag(change.share, entry.allow_sharing) };
}

/** A new entry sharing the list with a user: the permissions the request gives, off where it says nothing. */
export function newEntry(sharedId: string, user: { id: string; extension_id: string }, asked: { delete?: boolean; download?: boolean; share?: boolean }) {
  return {
    shared_id: sharedId,
    access_user_id: user.id,
    access_user_type: 'user',
    extension_id: user.extension_id,
    allow_delete: asked.delete ? 1 : 0,
    allow_download: asked.download ? 1 : 0,
    allow_sharing: asked.share ? 1 : 0,
  };
}
