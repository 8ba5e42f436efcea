// The phone-devices family's demo records: desk phones of the documented makes on the
// demo sites (Ada's Yealink and a shared reception Poly on the main site, Katherine's
// AudioCodes in Denver, a spare Cisco not yet given out in Denver), Ada's line keys,
// and two smartphones of users in the field.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { insertAssignee, insertDevice } from './store.ts';
import { provisionTypeOf } from './rules.ts';
import type { Brand } from './tables.ts';

interface DemoPhone {
  name: string;
  mac: string;
  brand: Brand;
  model: string;
  /** Indexes into the demo users (users' seed) of its assignees; none: a spare phone on `site`. */
  users: number[];
  site: number;
  ip: string;
}

const PHONES: DemoPhone[] = [
  { name: "Ada's desk phone", mac: '805ec0a1b2c3', brand: 'yealink', model: 'T54W', users: [0], site: 0, ip: '192.168.10.21' },
  { name: 'Reception', mac: '64167f0a0b0c', brand: 'poly', model: 'VVX 450', users: [1, 5], site: 0, ip: '192.168.10.22' },
  { name: "Katherine's desk phone", mac: '00908f5e6d7c', brand: 'audioCodes', model: '445HD', users: [3], site: 1, ip: '192.168.20.31' },
  { name: 'Spare 8841', mac: '7c2ec4d5e6f7', brand: 'cisco', model: '8841', users: [], site: 1, ip: '192.168.20.32' },
];

export async function seedPhoneDevices(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const store = new AccountStore(db, accountId);
  const extensions = await extensionsOfOwners(db, accountId, graph.userIds, 'user');
  const ext = (user: number) => {
    const found = extensions.get(graph.userIds[user]);
    if (!found) throw new Error(`phone-devices seed: demo user ${user} has no extension`);
    return found;
  };
  // The seed runs inside the sandbox's seeding transaction.
  {
    const t = store;
    for (const p of PHONES) {
      const id = ids.next();
      const type = provisionTypeOf(p.brand);
      const added = await insertDevice(t, {
        id,
        display_name: p.name,
        mac_address: p.mac,
        brand: p.brand,
        model: p.model,
        site_id: graph.siteIds[p.site],
        provision_template_id: null,
        provision_type: type,
        call_control: 'on',
        hot_desking: p.users.length > 1 ? 'on' : 'off',
        private_ip: p.ip,
        public_ip: '203.0.113.10',
        rebooted_at: null,
        synced_at: null,
        created_at: now,
        updated_at: now,
      });
      if (!added) throw new Error(`phone-devices seed: MAC address ${p.mac} is taken`);
      for (const [i, u] of p.users.entries()) {
        if (graph.userSites[u] !== p.site) throw new Error(`phone-devices seed: demo user ${u} is not on the phone's site`);
        await insertAssignee(t, id, { extensionId: ext(u).id, kind: 'user', ownerId: graph.userIds[u] }, i + 1, now);
      }
    }
    // Ada's keys: her own line, a busy lamp on Grace, a speed dial to the building's front door.
    const ada = ext(0).id;
    const key = (index: number, rest: Partial<{ type: 'line' | 'blf' | 'speed_dial'; alias: string; target: string; dial: string }>) => ({
      id: ids.next(),
      extension_id: ada,
      key_index: index,
      type: rest.type ?? 'line',
      alias: rest.alias ?? null,
      target_extension_id: rest.target ?? null,
      speed_dial_number: rest.dial ?? null,
      retrieval_code: null,
      outbound_caller_id: null,
      created_at: now,
    });
    await t.insert('phone_line_key_sets', { extension_id: ada, updated_at: now });
    await t.insert('phone_line_keys', [
      key(1, { type: 'line', alias: 'Ada', target: ada }),
      key(2, { type: 'blf', alias: 'Grace', target: ext(1).id }),
      key(3, { type: 'speed_dial', alias: 'Front door', dial: '+14155550142' }),
    ]);
    const day = 86_400_000;
    await t.insert('phone_smartphones', [
      { id: ids.next(), device_name: 'EC50', device_type: 'Zebra TechnologiesEC50S', serial_number: '202355225D0174', public_ip: '198.51.100.7', activation_time: now - 30 * day, extension_id: ext(2).id, site_id: graph.siteIds[2], created_at: now },
      { id: ids.next(), device_name: 'TC52', device_type: 'Zebra TechnologiesTC52', serial_number: '21089522501822', public_ip: '198.51.100.8', activation_time: now - 12 * day, extension_id: ext(4).id, site_id: graph.siteIds[1], created_at: now },
    ]);
  }
}
