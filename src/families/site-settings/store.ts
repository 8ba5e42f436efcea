// The site-settings family's queries, scoped by account and site.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { SiteHolidayTable } from './tables.ts';
import type { Json } from './rules.ts';

export type HolidayRow = Selectable<SiteHolidayTable>;

/** The site's own value of a plain setting type (what its PATCHes set), or undefined. */
export async function settingOf(store: AccountStore, siteId: string, type: string): Promise<Json | undefined> {
  const row = await store.find('site_settings', { site_id: siteId, setting_type: type });
  return row ? (JSON.parse(row.value) as Json) : undefined;
}

/** Writes the site's value of a setting type (its row made if it had none). Run inside a transaction, the row read under its lock first (lockSetting). */
export async function saveSetting(store: AccountStore, siteId: string, type: string, value: Json, now: number): Promise<void> {
  await store.patch('site_settings', { site_id: siteId, setting_type: type }, { value: JSON.stringify(value), updated_at: now });
}

/** The site's value of a setting type, its row made if it had none and held until the transaction ends. */
export async function lockSetting(store: AccountStore, siteId: string, type: string, now: number): Promise<Json> {
  await store.db
    .insertInto('site_settings')
    .values({ account_id: store.accountId, site_id: siteId, setting_type: type, value: '{}', updated_at: now })
    .onConflict((oc) => oc.columns(['account_id', 'site_id', 'setting_type']).doNothing())
    .execute();
  const row = await store.lock('site_settings', { site_id: siteId, setting_type: type }, 'noKeyUpdate');
  return JSON.parse(row!.value) as Json;
}

export async function holidaysOf(store: AccountStore, siteId: string): Promise<HolidayRow[]> {
  return store.scoped('site_holidays').selectAll().where('site_id', '=', siteId).orderBy('seq').execute();
}

export async function deviceTypesOf(store: AccountStore, siteId: string): Promise<string[]> {
  const rows = await store.scoped('site_security_devices').select('device_type').where('site_id', '=', siteId).orderBy('seq').execute();
  return rows.map((r) => r.device_type);
}

/** Adds the device type to the site's security; false when it was there already (the unique index decides). */
export async function addDeviceType(store: AccountStore, siteId: string, deviceType: string, now: number): Promise<boolean> {
  const res = await store.db
    .insertInto('site_security_devices')
    .values({ account_id: store.accountId, site_id: siteId, device_type: deviceType, created_at: now })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** A site going away takes its settings, holidays and device types with it. */
export async function forgetSite(db: Kysely<Database>, accountId: string, siteId: string): Promise<void> {
  for (const table of ['site_settings', 'site_holidays', 'site_security_devices'] as const) {
    await db.deleteFrom(table).where('account_id', '=', accountId).where('site_id', '=', siteId).execute();
  }
}
