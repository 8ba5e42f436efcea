// The firmware-update-rules family's tables: the account's firmware update rules,
// one row per site and device model, naming the firmware version that model's
// desk phones on that site are to run (a version of the sandbox's catalogue,
// catalogue.ts, which is fixed and so is no table).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface FirmwareUpdateRuleTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The site whose devices the rule updates; every rule has one. */
  site_id: string;
  /** The catalogue's spelling of the vendor ("Poly"), whatever case the request used. */
  device_type: string;
  /** The catalogue's spelling of the model ("VVX 450"). */
  device_model: string;
  version: string;
  /** 1: restart the devices immediately; 2: with the next resync or auto pull. As the last write gave it. */
  restart_type: number;
  created_at: number;
  updated_at: number;
}

export interface FirmwareUpdateRulesTables {
  firmware_update_rules: FirmwareUpdateRuleTable;
}

declare module '../../store/schema.ts' {
  interface Database extends FirmwareUpdateRulesTables {}
}

export const owner = owns('firmware-update-rules', ['firmware_update_rules']);
