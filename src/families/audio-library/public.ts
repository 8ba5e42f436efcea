// What other families may use of audio-library: an audio item found by id in an
// account (an IVR prompt, a queue's greeting or music on hold names one; a setting
// may name only an item still in a library), and how settings show the items they
// name: "If the audio was removed from the user's audio library, it is marked with a
// prefix, `removed_vWby3OZaQlS1nAdmEAqgwA` for example", with the item's name.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { itemOf, itemsByIds, itemShownAs, REMOVED_PREFIX, shownId } from './store.ts';

export { REMOVED_PREFIX } from './store.ts';

export interface AudioRef {
  /** The id as settings show it: its own, or `removed_<id>` once removed from its library. */
  id: string;
  name: string;
  /** The phone user whose library holds (or held) it. */
  userId: string;
  kind: 'text_to_speech' | 'file';
  /** Removed from its user's library (deleted, or the user taken out of Zoom Phone). */
  removed: boolean;
}

const ref = (row: Awaited<ReturnType<typeof itemOf>> & object): AudioRef => ({
  id: shownId(row),
  name: row.name,
  userId: row.user_id,
  kind: row.kind,
  removed: row.removed_at !== null,
});

/** The account's audio item an id names (its own id, or `removed_<id>` for one removed), or undefined. */
export async function findAudio(db: Kysely<Database>, accountId: string, audioId: string): Promise<AudioRef | undefined> {
  const row = await itemShownAs(db, accountId, audioId);
  return row && ref(row);
}

/** Whether the account has the audio item `audioId` in a user's library: what a setting may name. */
export async function audioExists(db: Kysely<Database>, accountId: string, audioId: string): Promise<boolean> {
  return (await itemOf(db, accountId, audioId)) !== undefined;
}

/**
 * How a page of settings shows the audio items it names, by the id each setting
 * keeps: the id to show (with the `removed_` prefix once the item left its library)
 * and the item's name. Ids the account has no item of are left out.
 */
export async function audioPrompts(db: Kysely<Database>, accountId: string, audioIds: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  const rows = new Map((await itemsByIds(db, accountId, audioIds)).map((r) => [r.id, r]));
  const out = new Map<string, { id: string; name: string }>();
  for (const given of audioIds) {
    const row = rows.get(given.startsWith(REMOVED_PREFIX) ? given.slice(REMOVED_PREFIX.length) : given);
    if (row) out.set(given, { id: shownId(row), name: row.name });
  }
  return out;
}
