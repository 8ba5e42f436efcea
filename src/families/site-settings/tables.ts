// The site-settings family's tables: the settings of each site that nobody else keeps
// (one JSON value per site and setting type), the site's holidays and the device types
// its SRTP AES-256 encryption covers. A site without a row reads the defaults
// (rules.ts); its billing account is billing's and its audio items audio-library's.
import type { Generated } from 'kysely';
import { owns } from '../../kit/owner.ts';

export interface SiteSettingTable {
  account_id: string;
  site_id: string;
  /** One of rules.ts' STORED_TYPES; one row per site and type (the unique index decides). */
  setting_type: string;
  /** JSON: the fields the site's PATCHes set, merged. */
  value: string;
  updated_at: number;
}

export interface SiteHolidayTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  site_id: string;
  name: string;
  /** ISO date-times, as given ("yyyy-MM-dd'T'HH:mm:ss'Z'"). */
  from_at: string;
  to_at: string;
  created_at: number;
}

export interface SiteSecurityDeviceTable {
  seq: Generated<number>;
  account_id: string;
  site_id: string;
  /** One per site (the unique index decides). */
  device_type: string;
  created_at: number;
}

export interface SiteSettingsTables {
  site_settings: SiteSettingTable;
  site_holidays: SiteHolidayTable;
  site_security_devices: SiteSecurityDeviceTable;
}

declare module '../../store/schema.ts' {
  interface Database extends SiteSettingsTables {}
}

export const owner = owns('site-settings', ['site_settings', 'site_holidays', 'site_security_devices']);
