// The 'Auto Delete Data After Retention Duration' setting a recording keeps to:
// its owner's site's policy (PATCH /phone/sites/{siteId} policy
// .auto_delete_data_after_retention_duration), whose items give each data type
// (automaticRecording, onDemandRecording) its retention. The sandbox models no
// account-level setting, so a recording with no site has the setting off.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { findSite, policyOfSite } from '../sites/public.ts';
import { isRecord } from '../../kit/merge.ts';

export interface Retention {
  /** Whether the setting is on where the recording belongs. */
  enabled: boolean;
  /** "1 year": the retention of each recording type, where the setting gives one. */
  policy: Partial<Record<'Automatic' | 'OnDemand', string>>;
}

const OFF: Retention = { enabled: false, policy: {} };
const ITEM_TYPE: Record<string, 'Automatic' | 'OnDemand'> = { automaticRecording: 'Automatic', onDemandRecording: 'OnDemand' };

/** "1 year", "6 months", "30 days"; -1 ("unlimited") is no deletion, so no policy to show. */
function described(duration: unknown, unit: unknown): string | undefined {
  if (typeof duration !== 'number' || duration < 1 || typeof unit !== 'string') return undefined;
  return `${duration} ${unit}${duration === 1 ? '' : 's'}`;
}

/** The setting of each site (by id) a page of recordings names; null (no site) is off. */
export async function retentionOfSites(db: Kysely<Database>, accountId: string, siteIds: (string | null)[]): Promise<Map<string | null, Retention>> {
  const out = new Map<string | null, Retention>([[null, OFF]]);
  for (const id of new Set(siteIds)) {
    if (id === null || out.has(id)) continue;
    const site = await findSite(db, accountId, id);
    const setting = site ? (await policyOfSite(db, accountId, site)).auto_delete_data_after_retention_duration : undefined;
    if (!isRecord(setting) || setting.enable !== true) {
      out.set(id, OFF);
      continue;
    }
    const policy: Retention['policy'] = {};
    for (const item of Array.isArray(setting.items) ? setting.items : []) {
      if (!isRecord(item)) continue;
      const type = ITEM_TYPE[String(item.type)];
      const text = described(item.duration, item.time_unit);
      if (type && text) policy[type] = text;
    }
    out.set(id, { enabled: true, policy });
  }
  return out;
}
