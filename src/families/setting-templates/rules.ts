// The rules of setting templates, as plain functions of values: the template types, and
// what the update page checks of a template's profile and user settings.
import { CALLING_CODES } from '../../kit/countries.ts';
import { isRecord } from '../../kit/merge.ts';
import { pinProblem, type PinProblem } from '../../kit/pin.ts';

/**
 * The template types the pages name. The list page spells the auto receptionist type
 * `autReceptionist`, the details page `autoReceptionist`: both are taken, and each page
 * shows its own spelling.
 */
export const TEMPLATE_TYPES = ['user', 'group', 'autoReceptionist', 'commonArea', 'zr', 'interop'] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export function templateType(given: string): TemplateType | undefined {
  if (given === 'autReceptionist') return 'autoReceptionist';
  return TEMPLATE_TYPES.find((t) => t === given);
}

/** The list page's spelling of a type. */
export const listedType = (type: string) => (type === 'autoReceptionist' ? 'autReceptionist' : type);

/** The audio prompt languages the page lists. */
export const AUDIO_PROMPT_LANGUAGES = [
  'en-US', 'en-GB', 'es-US', 'fr-CA', 'da-DK', 'de-DE', 'es-ES', 'fr-FR', 'it-IT', 'nl-NL', 'pt-PT', 'ja-JP', 'ko-KO', 'pt-BR', 'zh-CN', 'zh-TW',
];

export type SettingsProblem =
  | { kind: 'country' | 'areaCode' | 'language' | 'ringType'; field: string }
  | { kind: 'pin'; pin: PinProblem; field: string };

/** An area code: "a length between 0 to 6 digits". */
const AREA_CODE = /^\d{0,6}$/;

/** The ring types of call handling: "either “simultaneous” or “sequential”". */
const RING_TYPES = ['simultaneous', 'sequential'];

/** The first rule a PATCH's profile and user settings break, in the page's order, or undefined. */
export function settingsProblem(profile: unknown, userSettings: unknown): SettingsProblem | undefined {
  if (isRecord(profile)) {
    if (typeof profile.country === 'string' && !Object.hasOwn(CALLING_CODES, profile.country.toUpperCase())) return { kind: 'country', field: 'profile.country' };
    if (typeof profile.area_code === 'string' && !AREA_CODE.test(profile.area_code)) return { kind: 'areaCode', field: 'profile.area_code' };
  }
  if (!isRecord(userSettings)) return undefined;
  if (typeof userSettings.audio_prompt_language === 'string' && !AUDIO_PROMPT_LANGUAGES.includes(userSettings.audio_prompt_language)) {
    return { kind: 'language', field: 'user_settings.audio_prompt_language' };
  }
  const pin = isRecord(userSettings.desk_phone) ? userSettings.desk_phone.pin_code : undefined;
  if (typeof pin === 'string') {
    const problem = pinProblem(pin);
    if (problem) return { kind: 'pin', pin: problem, field: 'user_settings.desk_phone.pin_code' };
  }
  const handling = isRecord(userSettings.call_handling) ? userSettings.call_handling : {};
  const business = isRecord(handling.business_hours) ? handling.business_hours : {};
  if (typeof business.ring_type === 'string' && !RING_TYPES.includes(business.ring_type)) return { kind: 'ringType', field: 'user_settings.call_handling.business_hours.ring_type' };
  return undefined;
}

/** The extension kinds an operator's `type` names. */
const OPERATOR_KINDS: Record<string, string> = {
  user: 'user', zoomRoom: 'zoomRoom', commonAreaPhone: 'commonArea', autoReceptionist: 'autoReceptionist', callQueue: 'callQueue', sharedLineGroup: 'sharedLineGroup',
};

export interface OperatorRef {
  field: string;
  id: string | undefined;
  /** The extension kind the `type` names (undefined when no type is given). */
  kind: string | undefined;
}

/** Each operator a PATCH's call handling names (connect to operator, busy connect to operator). */
export function operatorsOf(userSettings: unknown): OperatorRef[] {
  const handling = isRecord(userSettings) && isRecord(userSettings.call_handling) ? userSettings.call_handling : {};
  const out: OperatorRef[] = [];
  for (const period of ['business_hours', 'close_hours'] as const) {
    const hours = isRecord(handling[period]) ? handling[period] : {};
    for (const key of ['connect_to_operator', 'busy_connect_operator'] as const) {
      const operator = hours[key];
      if (!isRecord(operator) || (operator.id === undefined && operator.type === undefined)) continue;
      out.push({
        field: `user_settings.call_handling.${period}.${key}`,
        id: typeof operator.id === 'string' ? operator.id : undefined,
        kind: typeof operator.type === 'string' ? OPERATOR_KINDS[operator.type] : undefined,
      });
    }
  }
  return out;
}
