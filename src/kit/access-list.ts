// Shared voicemail access lists (the `voicemail_access_members` policy subsetting of
// call queues, auto receptionists and shared line groups): which entry a change
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
