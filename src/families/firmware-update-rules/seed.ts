// The firmware-update-rules family's demo records: each demo site keeps its desk
// phones on a chosen firmware version, as an admin who pinned them would.
import type { DemoGraph } from '../../kit/seed.ts';
import { AccountStore } from '../../kit/store.ts';
import { findVersion } from './catalogue.ts';
import { insertRule } from './store.ts';

/** By the sites seed's order (main, Denver, London): [device type, model, version, restart type]. */
const RULES: [site: number, type: string, model: string, version: string, restart: number][] = [
  [0, 'Poly', 'VVX 450', '6.4.3.5814', 2],
  [0, 'Yealink', 'T54W', '96.86.0.70', 2],
  [1, 'AudioCodes', '445HD', '3.4.5.18', 1],
  [2, 'Yealink', 'T46U', '108.86.0.70', 2],
];

export async function seedFirmwareUpdateRules(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const store = new AccountStore(db, accountId);
  for (const [site, type, model, version, restart] of RULES) {
    const siteId = graph.siteIds[site];
    if (!siteId || !findVersion(type, model, version)) throw new Error(`firmware-update-rules seed: no site ${site} or no ${type} ${model} ${version}`);
    const ok = await insertRule(store, { id: ids.next(), site_id: siteId, device_type: type, device_model: model, version, restart_type: restart, created_at: now, updated_at: now });
    if (!ok) throw new Error(`firmware-update-rules seed: ${type} ${model} twice on site ${siteId}`);
  }
}
