// phone.account_settings_updated: the account's settings document changed, as its
// admin changes it in Zoom's web portal (the control plane stands in for it). The
// event carries the setting types changed, as the document shows them now and as it
// showed them before; only the types and fields the event declares (a change of,
// say, the SMS templates, which the event has no place for, sends nothing).
import { readFileSync } from 'node:fs';
import { fitToSchema, type JsonSchema } from '../../kit/json-schema.ts';
import { translator, type TranslatorEntry } from '../translate.ts';
import { draft, type PhoneEventObject } from '../zoom-events.ts';

type Settings = PhoneEventObject<'phone.account_settings_updated'>['settings'];

let declared: JsonSchema | undefined;

/** The event's `settings` object as Zoom's SDK declares it (spec/phone-events.json). */
function settingsSchema(): JsonSchema {
  if (declared) return declared;
  const events = JSON.parse(readFileSync(new URL('../../../spec/phone-events.json', import.meta.url), 'utf8')) as Record<string, JsonSchema>;
  declared = events['phone.account_settings_updated']!.properties!.payload!.properties!.object!.properties!.settings!;
  return declared;
}

export const settingsTranslators: TranslatorEntry[] = [
  translator('accountSettings.changed', {
    makes: ['phone.account_settings_updated'],
    translate: (e) => {
      const after = fitToSchema(settingsSchema(), e.after) as Settings;
      if (!Object.keys(after).length) return [];
      const before = fitToSchema(settingsSchema(), e.before) as Settings;
      return [draft('phone.account_settings_updated', e.at, { id: e.accountId, settings: after }, { id: e.accountId, settings: before })];
    },
  }),
];
