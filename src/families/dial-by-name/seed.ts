// The dial-by-name family's demo records: the account's directory includes the
// head office (three of its people) and Denver (one of its two); the London office
// keeps a directory of its own with its one user.
import type { DemoGraph } from '../../kit/seed.ts';
import { extensionsOfKind } from '../extensions/public.ts';
import { ACCOUNT_DIRECTORY } from './tables.ts';

export async function seedDialByName(graph: DemoGraph): Promise<void> {
  const { db, now, accountId, siteIds } = graph;
  const [main, denver, london] = siteIds;
  const users = await extensionsOfKind(db, accountId, 'user');
  const byName = (name: string) => users.find((u) => u.name === name)?.id;
  const directories: { directory: string | undefined; siteId: string | undefined; members: string[] }[] = [
    { directory: ACCOUNT_DIRECTORY, siteId: main, members: ['Ada Lovelace', 'Grace Hopper', 'Barbara Liskov'] },
    { directory: ACCOUNT_DIRECTORY, siteId: denver, members: ['Katherine Johnson'] },
    { directory: london, siteId: london, members: ['Alan Turing'] },
  ];
  for (const d of directories) {
    if (d.directory === undefined || d.siteId === undefined) continue; // a demo of another day without that site
    await db.insertInto('dial_by_name_sites').values({ account_id: accountId, directory: d.directory, site_id: d.siteId, created_at: now }).execute();
    for (const name of d.members) {
      const id = byName(name);
      if (id) await db.insertInto('dial_by_name_members').values({ account_id: accountId, directory: d.directory, extension_id: id, created_at: now }).execute();
    }
  }
}
