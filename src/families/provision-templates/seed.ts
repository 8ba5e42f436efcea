// The provision-templates family's demo records: the demo account keeps a template
// for the desk phones at its head office and one for its branch offices' phones.
import type { DemoGraph } from '../../kit/seed.ts';
import { reservedKey } from './rules.ts';

const TEMPLATES = [
  {
    name: 'HQ Yealink T54W',
    description: 'Head office desk phones: local time, ring tone, screen saver',
    content: [
      'local_time.time_zone = -8',
      'local_time.time_zone_name = United States-Pacific Time',
      'phone_setting.ring_type = Ring3.wav',
      'screensaver.wait_time = 600',
    ].join('\n'),
  },
  {
    name: 'Branch Poly VVX',
    description: 'Branch office desk phones: Eastern time, backlight dimmed after hours',
    content: ['tcpIpApp.sntp.gmtOffset = -18000', 'up.backlight.idleIntensity = 1', 'up.screenSaver.enabled = 1'].join('\n'),
  },
  {
    name: 'Lobby phones',
    description: 'Common area phones in the lobbies',
    content: 'features.dnd.allow = 0\nphone_setting.ring_type = Ring1.wav',
  },
];

export async function seedProvisionTemplates(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  for (const t of TEMPLATES) {
    const reserved = reservedKey(t.content);
    if (reserved) throw new Error(`provision-templates seed: ${t.name} sets the reserved parameter ${reserved}`);
    await db
      .insertInto('provision_templates')
      .values({ id: ids.next(), account_id: accountId, name: t.name, description: t.description, content: t.content, created_at: now, updated_at: now })
      .execute();
  }
}
