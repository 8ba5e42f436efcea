// Site and user policies: what a PATCH keeps, what a GET shows, and the rules the
// pages give their values. A site stands on the account settings document
// (account-settings: the sandbox's defaults, the account's changes and locks); a
// setting the document does not have shows off (each boolean of its shape false).
// A site shows its own changes over that, a user its own over its site's ("reset ...
// will use the phone site's settings"). A setting locked above cannot be changed
// below: a change kept from before the lock no longer shows, and a PATCH of it is
// refused (lockedAbove). A setting sent with `reset: true` loses its change, and
// `modified` says whether it has one. The schemas are read from the contract.
import { fitToSchema, unsetSetting, type JsonSchema } from '../../kit/json-schema.ts';
import { loadContract } from '../../contract.ts';
import { deepMerge, isRecord } from '../../kit/merge.ts';
import { undocumented } from '../../kit/errors.ts';

export type Json = Record<string, unknown>;

type Schema = JsonSchema;

const policySchemas = new Map<string, Schema>();

/** The `policy` of an operation's documented success body. */
function policySchema(operationId: 'getPhoneSiteDetails' | 'getAUsersProfile'): Schema {
  const known = policySchemas.get(operationId);
  if (known) return known;
  const op = loadContract().operations.find((o) => o.operationId === operationId);
  const policy = (op?.responseSchemas[String(op.successStatus)] as Schema | undefined)?.properties?.policy;
  if (!policy?.properties) throw new Error(`${operationId} documents no policy`);
  policySchemas.set(operationId, policy);
  return policy;
}

/** A changed setting as its level shows it: modified, and locked by that level when it locked it. */
function changed(schema: Schema | undefined, value: unknown, level: 'site' | 'user'): unknown {
  if (!isRecord(value) || !schema?.properties) return value;
  const out = { ...value };
  if (schema.properties.modified) out.modified = true;
  if (level === 'site' && schema.properties.locked_by && out.locked === true) out.locked_by = 'site';
  return out;
}

/** Whether a setting as the level above shows it is locked there. */
const isLocked = (inherited: unknown): boolean => isRecord(inherited) && inherited.locked === true;

export const settingLocked = undocumented({
  status: 400,
  code: 400,
  message: 'Policy locked: {setting}.',
  why:
    "The pages say a locked setting 'cannot be overridden at lower levels' but only updateZoomRoom's documents the refusal (400/400 'Policy locked: {policy_key}.'); " +
    'a site, user, auto receptionist, call queue or common area changing a setting its account or site locked is refused the same way.',
});

/**
 * The first setting a PATCH changes that the level above (`inherited`, as it shows
 * its settings) locked; a `reset: true` only drops a change, which a lock does not forbid.
 */
export function lockedAbove(inherited: Json | undefined, patch: Json): { setting: string } | undefined {
  for (const [key, change] of Object.entries(patch)) {
    if (isRecord(change) && change.reset === true) continue;
    if (isLocked(inherited?.[key])) return { setting: key };
  }
  return undefined;
}

/** A PATCH without the settings the level above locked (a template applies what it may). */
export const withoutLocked = (inherited: Json | undefined, patch: Json): Json => Object.fromEntries(Object.entries(patch).filter(([key]) => !isLocked(inherited?.[key])));

/** The extension a parked call goes to, as a GET shows it (`call_park.forward_to`). */
export interface ForwardTarget {
  display_name: string;
  extension_id: string;
  extension_number?: number;
  extension_type: 'user' | 'autoReceptionist';
  id: string;
}

/** The extension id a policy's parked calls are forwarded to, if it names one. */
export function forwardExtensionId(changes: Json | undefined): string | undefined {
  const park = changes?.call_park;
  return isRecord(park) && typeof park.forward_to_extension_id === 'string' ? park.forward_to_extension_id : undefined;
}

function withForward(policy: Json, forward: ForwardTarget | undefined): Json {
  if (forward && isRecord(policy.call_park)) policy.call_park = { ...policy.call_park, forward_to: forward };
  return policy;
}

const unchanged = new Map<Schema, Json>();

/** Every setting of a policy schema as nobody changed it: a fresh copy of one worked out once. */
function unchangedPolicy(schema: Schema): Json {
  let known = unchanged.get(schema);
  if (!known) {
    known = {};
    for (const [key, s] of Object.entries(schema.properties!)) {
      const v = unsetSetting(s);
      if (v !== undefined) known[key] = v;
    }
    unchanged.set(schema, known);
  }
  return structuredClone(known);
}

/** `policy` with a level's own changes of the settings its schema documents merged over it, each marked changed; a setting locked above keeps what it inherited. */
function overlay(schema: Schema, policy: Json, changes: Json | undefined, level: 'site' | 'user', lockedAbove: ReadonlySet<string>): Json {
  for (const [key, change] of Object.entries(changes ?? {})) {
    if (!schema.properties![key] || lockedAbove.has(key)) continue;
    policy[key] = changed(schema.properties![key], isRecord(change) ? deepMerge(policy[key], change) : change, level);
  }
  return policy;
}

/** An inherited setting as a level below shows it: the value and lock above, not modified here. */
function inheritedValue(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { modified: _above, ...rest } = value;
  return rest;
}

/**
 * A site's policy as getPhoneSiteDetails shows it: every documented setting, the
 * account's value and lock (`account`, as account-settings' accountPolicy gives it)
 * where the account document has the setting, the site's changes over that.
 */
export function sitePolicy(account: Json | undefined, changes: Json | undefined, forward?: ForwardTarget): Json {
  const schema = policySchema('getPhoneSiteDetails');
  const out = unchangedPolicy(schema);
  const locked = new Set<string>();
  for (const key of Object.keys(out)) {
    if (!isRecord(account?.[key])) continue;
    out[key] = deepMerge(out[key], inheritedValue(account[key]));
    if (isLocked(account[key])) locked.add(key);
  }
  // Fitted to the documented body: a PATCH's `reset` and `forward_to_extension_id` are not shown.
  return fitToSchema(schema, withForward(overlay(schema, out, changes, 'site', locked), forward)) as Json;
}

/**
 * A user's policy as getAUsersProfile shows it: every documented setting, the
 * user's changes over its site's (`site`, as sitePolicy shows it) or, for the
 * settings the site's page does not have, the account's. A setting the site keeps
 * as `{ enable }` and the user's page as a boolean is that `enable`; the site's
 * `modified` is the site's, not the user's, and a setting nobody locked names no
 * level (the user's `locked_by` has no 'invalid').
 */
export function userPolicy(site: Json | undefined, account: Json | undefined, changes: Json | undefined, forward?: ForwardTarget): Json {
  const schema = policySchema('getAUsersProfile');
  const out = unchangedPolicy(schema);
  const locked = new Set<string>();
  for (const [key, keySchema] of Object.entries(schema.properties!)) {
    const inherited = site?.[key] ?? account?.[key];
    if (inherited === undefined) continue;
    if (isLocked(inherited)) locked.add(key);
    if (keySchema.type === 'boolean') out[key] = isRecord(inherited) ? inherited.enable === true : inherited === true;
    else if (keySchema.type === 'object' && isRecord(inherited)) out[key] = deepMerge(out[key], inheritedValue(inherited));
  }
  const shown = overlay(schema, out, changes, 'user', locked);
  for (const value of Object.values(shown)) if (isRecord(value) && value.locked_by === 'invalid') delete value.locked_by;
  return fitToSchema(schema, withForward(shown, forward)) as Json;
}

// "If customers do not opt for an OP flag named `Enable Caller Based Consent Options`,
// the values of `recording_start_prompt`, `inbound_audio_notification.recording_start_prompt`,
// and `outbound_audio_notification.recording_start_prompt` always remain consistent"; the
// same for `recording_explicit_consent`. No sandbox account has that flag.
const CONSENT_FIELDS = ['recording_start_prompt', 'recording_explicit_consent'] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];

/**
 * The consent field a PATCH's automatic call recording updates on one side only,
 * or with two values: without the OP flag both sides take one value.
 */
export function consentProblem(patch: Json | undefined): ConsentField | undefined {
  const recording = patch?.auto_call_recording;
  if (!isRecord(recording)) return undefined;
  const inbound = isRecord(recording.inbound_audio_notification) ? recording.inbound_audio_notification : {};
  const outbound = isRecord(recording.outbound_audio_notification) ? recording.outbound_audio_notification : {};
  return CONSENT_FIELDS.find((f) => (inbound[f] !== undefined || outbound[f] !== undefined) && inbound[f] !== outbound[f]);
}

/** The automatic call recording change with the deprecated field and both sides kept as one value. */
function consistent(recording: Json): Json {
  const out = { ...recording };
  for (const field of CONSENT_FIELDS) {
    const inbound = isRecord(out.inbound_audio_notification) ? out.inbound_audio_notification : undefined;
    const value = inbound?.[field] ?? out[field];
    if (value === undefined) continue;
    out[field] = value;
    for (const side of ['inbound_audio_notification', 'outbound_audio_notification']) out[side] = { ...(isRecord(out[side]) ? out[side] : {}), [field]: value };
  }
  return out;
}

/**
 * The changes a site or user keeps after a PATCH of its policy: a setting sent with
 * `reset: true` loses its change (it shows the level above again); any other is
 * merged into what was kept, at any depth.
 */
export function applyPolicyPatch(kept: Json | undefined, patch: Json): Json {
  const out: Json = { ...(kept ?? {}) };
  for (const [key, change] of Object.entries(patch)) {
    if (!isRecord(change)) {
      out[key] = change;
      continue;
    }
    const { reset, ...rest } = change;
    if (reset === true) delete out[key];
    else out[key] = deepMerge(out[key], key === 'auto_call_recording' ? consistent(rest) : rest);
  }
  return out;
}

/** "For `year`, the duration: -1, 1-10; for `day`, the duration: -1, 1-60; for `month`, the duration: -1, 1-18." */
const RETENTION_MAX: Record<string, number> = { year: 10, month: 18, day: 60 };

export const feedbackDurationInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'The call duration of the feedback survey must be from 0 to 60 seconds.',
  why: "updatePhoneSiteDetails' page gives `feedback_duration` as 'The call duration, in seconds, 0-60' and lists no error for another; 400/300 is the page's code for a value it refuses.",
});

export const feedbackMosInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'The MOS score of the feedback survey must be from 1.0 to 3.0, with one decimal.',
  why: "updatePhoneSiteDetails' page gives `feedback_mos` as 'Minimum: 1.0. Maximum: 3.0. The format is one decimal point.' and lists no error for another; 400/300 is the page's code for a value it refuses.",
});

export const feedbackTypeNeedsThreshold = undocumented({
  status: 400,
  code: 300,
  message: 'A feedback survey shown when call quality issues are detected needs feedback_mos or feedback_duration.',
  why: "updatePhoneSiteDetails' page says of `feedback_type` 'if set with value `2`, need to set `feed_back_mos` or `feedback_duration`' and lists no error for neither; 400/300 is the page's code for a value it refuses.",
});

export const retentionDurationInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid retention duration {duration} for time unit {time_unit}.',
  why: "updatePhoneSiteDetails' page gives the retention `duration` as '-1, 1-10' for years, '-1, 1-18' for months and '-1, 1-60' for days, and lists no error for another; 400/300 is the page's code for a value it refuses.",
});

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const hour = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 23;

/** A documented error of updatePhoneSiteDetails a policy value breaks, with its placeholders' values. */
export type SitePolicyProblem =
  | { name: 'timeZoneIsInvalid'; values: { time_zone: string } }
  | { name: 'invalidTimePeriod' }
  | { name: 'invalidEndDate' };

/**
 * What a site's policy, once patched (`merged`), breaks of the page's rules on
 * values: a documented error, or one of the undocumented choices above (thrown).
 * Only settings the PATCH sends are judged.
 */
export function sitePolicyProblem(patch: Json, merged: Json): SitePolicyProblem | undefined {
  const firmware = isRecord(patch.schedule_firmware_update) && isRecord(merged.schedule_firmware_update) ? merged.schedule_firmware_update : undefined;
  if (firmware) {
    // "The time zone list for supported time zones": the IANA names Zoom's list uses.
    if (typeof firmware.time_zone === 'string' && !isTimeZone(firmware.time_zone)) return { name: 'timeZoneIsInvalid', values: { time_zone: firmware.time_zone } };
    // "The time period start time. 15 means 3 PM." / "end time. 16 means 4 PM.": hours of one day, start first.
    const { time_period_start: start, time_period_end: end } = firmware;
    if ((start !== undefined && !hour(start)) || (end !== undefined && !hour(end)) || (hour(start) && hour(end) && (start as number) >= (end as number))) {
      return { name: 'invalidTimePeriod' };
    }
    // "end_date ... Only required when `never_end` is false."
    const ending = isRecord(firmware.end_setting) ? firmware.end_setting : undefined;
    if (ending?.never_end === false && !ending.end_date) return { name: 'invalidEndDate' };
  }
  const survey = isRecord(patch.display_call_feedback_survey) && isRecord(merged.display_call_feedback_survey) ? merged.display_call_feedback_survey : undefined;
  if (survey) {
    const duration = isRecord(survey.feedback_duration) ? survey.feedback_duration : undefined;
    const mos = isRecord(survey.feedback_mos) ? survey.feedback_mos : undefined;
    const seconds = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 60);
    if (duration && (!seconds(duration.min) || !seconds(duration.max) || (duration.min as number) > (duration.max as number))) throw feedbackDurationInvalid();
    const score = (v: unknown) => v === undefined || (typeof v === 'number' && v >= 1 && v <= 3 && Math.round(v * 10) === v * 10);
    if (mos && (!score(mos.min) || !score(mos.max) || (mos.min as number) > (mos.max as number))) throw feedbackMosInvalid();
    if (survey.feedback_type === 2 && !duration && !mos) throw feedbackTypeNeedsThreshold();
  }
  const retention = isRecord(patch.auto_delete_data_after_retention_duration) ? patch.auto_delete_data_after_retention_duration : undefined;
  for (const item of Array.isArray(retention?.items) ? retention.items : []) {
    if (!isRecord(item) || item.duration === undefined) continue;
    const max = RETENTION_MAX[String(item.time_unit)];
    const d = item.duration as number;
    if (max === undefined ? d !== -1 && d < 1 : d !== -1 && (d < 1 || d > max)) throw retentionDurationInvalid({ duration: d, time_unit: String(item.time_unit ?? '') });
  }
  return undefined;
}
