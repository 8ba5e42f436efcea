// The account-settings family's tables: the account's Zoom Phone settings (the
// switches of /phone/settings) and the account-level values of the settings
// document of /phone/account_settings that differ from the sandbox's defaults.
// An account without a row shows the defaults (rules.ts).
import { owns } from '../../kit/owner.ts';

export interface PhoneAccountSettingsTable {
  /** One row per account (the unique index decides). */
  account_id: string;
  /** JSON: AccountSwitches — what updatePhoneAccountSettings set. */
  switches: string;
  /** JSON: the account's changes of the settings document, by setting type ({ enable, locked, … }). */
  policy: string;
  updated_at: number;
}

export interface AccountSettingsTables {
  phone_account_settings: PhoneAccountSettingsTable;
}

declare module '../../store/schema.ts' {
  interface Database extends AccountSettingsTables {}
}

export const owner = owns('account-settings', ['phone_account_settings']);
