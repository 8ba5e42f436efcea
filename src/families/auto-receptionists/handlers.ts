// Handlers of the auto-receptionists family, keyed by operationId. A receptionist
// is an extension of the account's one directory (kind 'autoReceptionist'): its
// number is the account's once, whoever else holds extensions. Its phone numbers
// are the numbers family's rows assigned to it, the same one assignment users and
// call queues have. Each site's main receptionist is made with the site (the
// sites family calls public.ts) and cannot be deleted but with it.
import { defineHandlers, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { queryList } from '../../kit/query.ts';
import { changedPermissions, entryNamed, newEntry } from '../../kit/access-list.ts';
import { isRecord } from '../../kit/merge.ts';
import { claimExtension, claimFirstFreeExtension, describeExtension, extensionsByIds, extensionsOfOwners, holdExtension, releaseExtensions } from '../extensions/public.ts';
import { externalContactsByIds, holdExternalContact } from '../external-contacts/public.ts';
import { assignNumbersTo, isE164, numbersOfAssignees, releaseNumberOf, unassignAllOf } from '../numbers/public.ts';
import { allSites, applyPolicyPatch, findSite, holdSite, lockedAbove, policyOfSite, settingLocked, siteNames, siteTerms } from '../sites/public.ts';
import { findUser, type UserRow } from '../users/public.ts';
import { audioPrompts } from '../audio-library/public.ts';
import { hoursTypeInvalid, keyInvalid, keyRequired, numberMissingKey, numbersRequired, targetExtensionNotFound, worded, WORDS } from './errors.ts';
import {
  accessUserType,
  actionsOfKey,
  ASSIGNEE_TYPE,
  completeExtension,
  DEFAULT_NO_ACTION,
  DISABLED,
  isHoursType,
  isKey,
  KEYS,
  language,
  MAX_VOICEMAIL_ACCESS_MEMBERS,
  NO_ACTION_ACTIONS,
  needsExtension,
  policySettings,
  receptionistPolicy,
  storageLocation,
  VOICEMAIL_ACCESS,
  type HoursType,
  type Json,
} from './rules.ts';
import { extensionBlock, isTimezone } from '../../kit/extension-numbers.ts';
import {
  accessOf,
  addAccess,
  countReceptionists,
  deleteReceptionist,
  findReceptionist,
  insertReceptionist,
  listReceptionists,
  menuOf,
  parsePolicy,
  saveKey,
  saveMenu,
  type AccessRow,
  type ReceptionistRow,
} from './store.ts';

type ListItem = ItemOf<'listAutoReceptionists', 'auto_receptionists'>;
type Details = ResponseOf<'getAnAutoReceptionist'>;
type Ivr = ResponseOf<'getAutoReceptionistIvr'>;
type KeyItem = NonNullable<Ivr['key_actions']>[number];
type Db = RequestContext['db'];

// ---- presenting ---------------------------------------------------------------------

/** What the list and the details both show: extension, site and numbers, a page's worth in three queries. */
async function neighbours(store: AccountStore, rows: ReceptionistRow[]) {
  const ids = rows.map((r) => r.id);
  const [extensions, sites, numbers] = await Promise.all([
    extensionsOfOwners(store.db, store.accountId, ids, 'autoReceptionist'),
    siteNames(store.db, store.accountId, [...new Set(rows.map((r) => r.site_id))]),
    numbersOfAssignees(store.db, store.accountId, ids),
  ]);
  return (row: ReceptionistRow): ListItem => {
    const site = sites.get(row.site_id);
    return {
      id: row.id,
      name: row.name,
      extension_id: row.extension_id,
      extension_number: extensions.get(row.id)?.number,
      site: site && { id: site.id, name: site.name },
      cost_center: row.cost_center ?? undefined,
      department: row.department ?? undefined,
      timezone: row.timezone ?? undefined,
      audio_prompt_language: language(row.audio_prompt_language),
      // The sandbox keeps no holiday hours: every receptionist has none.
      holiday_hours: [],
      phone_numbers: (numbers.get(row.id) ?? []).map((n) => ({ id: n.id, number: n.number })),
    };
  };
}

async function details(store: AccountStore, row: ReceptionistRow): Promise<Details> {
  const present = await neighbours(store, [row]);
  return {
    ...present(row),
    audio_prompt_language: language(row.audio_prompt_language),
    default_transcription_language: language(row.default_transcription_language),
    recording_storage_location: storageLocation(row.recording_storage_location),
  };
}

const accessItem = (a: AccessRow) => ({
  shared_id: a.shared_id,
  access_user_id: a.access_user_id,
  access_user_type: accessUserType(a.access_user_type),
  delete: a.allow_delete === 1,
  download: a.allow_download === 1,
});

async function ivrOf(store: AccountStore, receptionistId: string, hours: HoursType): Promise<Ivr> {
  const { menu, keys } = await menuOf(store, receptionistId, hours);
  const byKey = new Map(keys.map((k) => [k.key, k]));
  // Every extension the menu routes to, named as the directory names it: one query.
  const named = [...keys.map((k) => k.target_extension_id), menu?.no_action_extension_id].filter((id): id is string => !!id);
  const extensions = await extensionsByIds(store.db, store.accountId, named);
  // A key forwarding to an external contact (9) names it by its id, its name and its extension number.
  const contacts = await externalContactsByIds(store.db, store.accountId, named.filter((id) => !extensions.has(id)));
  // The audio items its prompts name, shown with their names (removed_<id> once deleted): one query. Other ids as kept.
  const audioIds = [menu?.audio_prompt_id, ...keys.map((k) => k.voicemail_greeting_id)].filter((id): id is string => !!id);
  const prompts = await audioPrompts(store.db, store.accountId, audioIds);
  const promptOf = (id: string | null | undefined) => (id ? (prompts.get(id) ?? { id }) : undefined);
  const targetOf = (extensionId: string | null | undefined) => {
    const held = extensionId ? extensions.get(extensionId) : undefined;
    const contact = extensionId && !held ? contacts.get(extensionId) : undefined;
    if (contact) return { display_name: contact.name, extension_id: contact.id, ...(contact.extensionNumber ? { extension_number: contact.extensionNumber } : {}), id: contact.id };
    return held && { display_name: held.name, extension_id: held.id, extension_number: String(held.number), id: held.ownerId };
  };
  const keyActions: KeyItem[] = [];
  for (const key of KEYS) {
    const k = byKey.get(key);
    if (!k) {
      keyActions.push({ key, action: DISABLED });
      continue;
    }
    const target = targetOf(k.target_extension_id);
    keyActions.push({
      key,
      action: k.action,
      target: target || k.target_phone_number ? { ...target, phone_number: k.target_phone_number ?? undefined } : undefined,
      voicemail_greeting: promptOf(k.voicemail_greeting_id),
    });
  }
  return {
    audio_prompt: promptOf(menu?.audio_prompt_id),
    caller_enters_no_action: {
      action: menu?.no_action_action ?? DEFAULT_NO_ACTION.action,
      audio_prompt_repeat: repeatCount(menu?.no_action_repeat ?? DEFAULT_NO_ACTION.repeat),
      forward_to: targetOf(menu?.no_action_extension_id),
    },
    key_actions: keyActions,
  };
}

/** "The number of times to repeat the audio prompt": 1, 2 or 3, as written. */
const repeatCount = (n: number): 1 | 2 | 3 => (n === 2 || n === 3 ? n : 1);

// ---- inputs -------------------------------------------------------------------------

/**
 * Whether the extension is in the directory and of the kind the action routes to,
 * held until the IVR is written: a concurrent release waits, then clears the key.
 */
async function isTarget(db: Db, accountId: string, extensionId: string | undefined, kind: string | undefined): Promise<boolean> {
  if (!extensionId || !kind) return false;
  const held = await holdExtension(db, accountId, extensionId);
  return held?.kind === kind;
}

// ---- handlers -----------------------------------------------------------------------

export const handlers = defineHandlers({
  async listAutoReceptionists(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'auto_receptionists',
      fetch: (after, limit) => listReceptionists(store, after, limit),
      count: () => countReceptionists(store),
      present: async (rows) => rows.map(await neighbours(store, rows)),
    });
  },

  async addAnAutoReceptionist(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    return ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      // "site_id ... is required only if you have multiple sites enabled": without it, the account's main site.
      const siteId = b.site_id ?? (await allSites(trx, store.accountId)).find((x) => x.main_site)?.id;
      // Held until the receptionist is written: a concurrent delete of the site waits, then moves it on.
      const site = siteId ? await holdSite(trx, store.accountId, siteId) : undefined;
      if (!site) throw worded(ctx.fail('error300'), WORDS.siteNotFound(siteId ?? ''), 'site_id');
      const id = ctx.ids.next();
      const extensionId = ctx.ids.next();
      const block = extensionBlock(siteTerms(site));
      const number = await claimFirstFreeExtension(
        trx,
        { accountId: store.accountId, id: extensionId, kind: 'autoReceptionist', name: b.name, siteId: site.id, ownerId: id },
        block.first,
      );
      if (number > block.last) throw worded(ctx.fail('error300'), WORDS.noFreeExtension(site.id));
      const now = ctx.clock.now();
      await insertReceptionist(own, {
        id, extension_id: extensionId, name: b.name, site_id: site.id, main: 0, cost_center: null, department: null, timezone: null,
        audio_prompt_language: null, default_transcription_language: null, recording_storage_location: null, policy: '{}', created_at: now, updated_at: now,
      });
      return { id, name: b.name, extension_number: number };
    });
  },

  async getAnAutoReceptionist(ctx) {
    const store = await ctx.store();
    const row = await findReceptionist(store, ctx.params.autoReceptionistId);
    if (!row) throw ctx.fail('validationFailed');
    return details(store, row);
  },

  async updateAnAutoReceptionist(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    const b = ctx.body ?? {};
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      // Read, changed and written under the receptionist's lock: concurrent patches apply one after another.
      const row = await findReceptionist(own, id, 'noKeyUpdate');
      if (!row) throw ctx.fail('validationFailedAutoReceptionistDoesNotExist', { autoReceptionistId: id });
      if (b.timezone !== undefined && !isTimezone(b.timezone)) throw ctx.fail('timeZoneIsInvalid', { 0: b.timezone });
      const name = b.name ?? row.name;
      if (b.extension_number !== undefined) {
        const site = await findSite(trx, store.accountId, row.site_id);
        if (!site) throw ctx.fail('validationFailedAutoReceptionistDoesNotExist', { autoReceptionistId: id });
        const given = completeExtension(b.extension_number, siteTerms(site));
        if ('name' in given) {
          throw given.name === 'extensionNumberMustBeToDigits'
            ? ctx.fail(given.name, { min: 2, max: 6 })
            : ctx.fail(given.name, { extensionNumber: b.extension_number });
        }
        const claim = await claimExtension(trx, {
          accountId: store.accountId, id: row.extension_id, kind: 'autoReceptionist', number: given.number, name, siteId: row.site_id, ownerId: row.id,
        });
        if (!claim.ok) throw ctx.fail('extensionNumberIsAlreadyUsed', { extensionNumber: given.number });
      }
      // The directory names the receptionist wherever its extension shows (its numbers' assignee, an IVR's target).
      if (b.name !== undefined) await describeExtension(trx, store.accountId, row.extension_id, { name });
      await own.patch(
        'auto_receptionists',
        { id },
        {
          name,
          cost_center: b.cost_center !== undefined ? b.cost_center : row.cost_center,
          department: b.department !== undefined ? b.department : row.department,
          timezone: b.timezone ?? row.timezone,
          audio_prompt_language: b.audio_prompt_language ?? row.audio_prompt_language,
          default_transcription_language: b.default_transcription_language ?? row.default_transcription_language,
          recording_storage_location: b.recording_storage_location ?? row.recording_storage_location,
          updated_at: ctx.clock.now(),
        },
      );
    });
    return undefined;
  },

  async deleteANonPrimaryAutoReceptionist(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      const row = await findReceptionist(own, id, 'update');
      if (!row) throw ctx.fail('autoReceptionistDoesNotExist', { autoReceptionistId: id });
      // The site's main receptionist goes only with its site.
      if (row.main) throw ctx.fail('unableToDeleteMainAutoReceptionist');
      // Its numbers go back to the unassigned ones, its extension number is free again.
      await unassignAllOf(trx, store.accountId, ASSIGNEE_TYPE, row.id);
      await deleteReceptionist(own, row.id);
      await releaseExtensions(trx, store.accountId, row.id, 'autoReceptionist');
    });
    return undefined;
  },

  // ---- phone numbers ------------------------------------------------------------------

  async assignPhoneNumbersForAutoReceptionist(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    const items = ctx.body?.phone_numbers ?? [];
    if (items.length === 0) throw numbersRequired();
    const keys = items.map((item) => item.id ?? item.number ?? '');
    if (keys.some((k) => !k)) throw numberMissingKey();
    await ctx.db.transaction().execute(async (trx) => {
      // Held so that a concurrent delete of the receptionist waits, then releases these numbers too.
      const row = await findReceptionist(store.on(trx), id, 'keyShare');
      if (!row) throw ctx.fail('autoReceptionistDoesNotExistAutoReceptionistId', { autoReceptionId: id });
      // The same one assignment users and queues have (numbers' public.ts decides races).
      const refused = await assignNumbersTo(trx, store.accountId, keys, { type: ASSIGNEE_TYPE, id: row.id, siteId: row.site_id });
      if (refused?.problem === 'unknown') throw ctx.fail('phoneNumberDoesNotExistPhonenumberId', { phonenumberId: refused.key });
      if (refused?.problem === 'taken') throw ctx.fail('phoneNumberIsUsedPhonenumberId', { phonenumberId: refused.key });
    });
    return undefined;
  },

  async unassignAllPhoneNumbersForAutoReceptionist(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await findReceptionist(store.on(trx), id, 'keyShare'))) throw ctx.fail('autoReceptionistDoesNotExistAutoReceptionistId', { autoReceptionId: id });
      await unassignAllOf(trx, store.accountId, ASSIGNEE_TYPE, id);
    });
    return undefined;
  },

  async unassignAPhoneNumberForAutoReceptionist(ctx) {
    const store = await ctx.store();
    const { autoReceptionistId: id, phoneNumberId } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await findReceptionist(store.on(trx), id, 'keyShare'))) throw ctx.fail('autoReceptionistDoesNotExistAutoReceptionistId', { autoReceptionId: id });
      if (!(await releaseNumberOf(trx, store.accountId, phoneNumberId, ASSIGNEE_TYPE, id))) throw ctx.fail('phoneNumberDoesNotBelongTo');
    });
    return undefined;
  },

  // ---- policies -----------------------------------------------------------------------

  async getAnAutoReceptionistPolicy(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    const row = await findReceptionist(store, id);
    if (!row) throw worded(ctx.fail('error300'), WORDS.receptionistNotFound(id));
    const site = await findSite(store.db, store.accountId, row.site_id);
    const inherited = site ? await policyOfSite(store.db, store.accountId, site) : undefined;
    const access = (await accessOf(store, id)).map(accessItem);
    return receptionistPolicy(inherited, parsePolicy(row), access) as ResponseOf<'getAnAutoReceptionistPolicy'>;
  },

  async updateAnAutoReceptionistPolicy(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    const documented = new Set(policySettings());
    const patch: Json = Object.fromEntries(Object.entries((ctx.body ?? {}) as Json).filter(([k, v]) => documented.has(k) && isRecord(v)));
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      const row = await findReceptionist(own, id, 'noKeyUpdate');
      if (!row) throw worded(ctx.fail('error300'), WORDS.receptionistNotFound(id));
      // A setting its site or the account locked is not the receptionist's to change.
      const site = await findSite(trx, store.accountId, row.site_id);
      const locked = site && lockedAbove(await policyOfSite(trx, store.accountId, site), patch);
      if (locked) throw settingLocked(locked);
      const policy = applyPolicyPatch(parsePolicy(row), patch);
      await own.patch('auto_receptionists', { id }, { policy: JSON.stringify(policy), updated_at: ctx.clock.now() });
    });
    return undefined;
  },

  async addAPolicySubsetting(ctx) {
    const store = await ctx.store();
    const { autoReceptionistId: id, policyType } = ctx.params;
    return ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      // The receptionist's lock makes concurrent adds count one after another.
      if (!(await findReceptionist(own, id, 'noKeyUpdate'))) throw worded(ctx.fail('error300'), WORDS.receptionistNotFound(id));
      if (policyType !== VOICEMAIL_ACCESS) throw worded(ctx.fail('error300'), WORDS.policyType(policyType));
      const wanted = ctx.body?.voicemail_access_member;
      if (!wanted?.access_user_id) throw worded(ctx.fail('error300'), WORDS.accessMemberMissing, 'voicemail_access_member.access_user_id');
      // "The default type will be the user, if empty." The sandbox has no common areas yet.
      if ((wanted.access_user_type ?? 'user') === 'commonArea') throw worded(ctx.fail('error300'), WORDS.commonArea(wanted.access_user_id));
      const user: UserRow | undefined = await findUser(trx, store.accountId, wanted.access_user_id);
      if (!user) throw ctx.fail('userDoesNotExist', { 0: wanted.access_user_id });
      const kept = await accessOf(own, id);
      const present = kept.find((k) => k.access_user_id === user.id);
      if (!present) {
        if (kept.length >= MAX_VOICEMAIL_ACCESS_MEMBERS) throw ctx.fail('youCanOnlyAddUpTo', { 0: MAX_VOICEMAIL_ACCESS_MEMBERS, 1: 'members' });
        // The receptionist's page gives no sharing permission: it stays off.
        await addAccess(own, { receptionist_id: id, ...newEntry(ctx.ids.next(), user, { delete: wanted.delete, download: wanted.download }) });
      }
      const entry = (await accessOf(own, id)).find((k) => k.access_user_id === user.id)!;
      return { voicemail_access_member: accessItem(entry) };
    });
  },

  async updateAPolicySubsetting(ctx) {
    const store = await ctx.store();
    const { autoReceptionistId: id, policyType } = ctx.params;
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      if (!(await findReceptionist(own, id, 'noKeyUpdate'))) throw worded(ctx.fail('error300'), WORDS.receptionistNotFound(id));
      if (policyType !== VOICEMAIL_ACCESS) throw worded(ctx.fail('error300'), WORDS.policyType(policyType));
      const change = ctx.body?.voicemail_access_member;
      const kept = await accessOf(own, id);
      // The change names an entry of the list: by its shared_id, else by its user (id or email).
      const entry = change && (await entryNamed(kept, change, async (key) => (await findUser(trx, store.accountId, key))?.id));
      if (!change || !entry) throw worded(ctx.fail('error300'), WORDS.accessEntryNotFound);
      await own.patch('auto_receptionist_voicemail_access', { receptionist_id: id, shared_id: entry.shared_id }, changedPermissions(entry, change));
    });
    return undefined;
  },

  async deleteAPolicySubsetting(ctx) {
    const store = await ctx.store();
    const { autoReceptionistId: id, policyType } = ctx.params;
    const sharedIds = queryList(ctx.query.shared_ids);
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      if (!(await findReceptionist(own, id, 'noKeyUpdate'))) throw worded(ctx.fail('error300'), WORDS.receptionistNotFound(id));
      if (policyType !== VOICEMAIL_ACCESS) throw worded(ctx.fail('error300'), WORDS.policyType(policyType));
      const kept = new Set((await accessOf(own, id)).map((k) => k.shared_id));
      if (sharedIds.length === 0 || sharedIds.some((s) => !kept.has(s))) throw worded(ctx.fail('error300'), WORDS.sharedIdsRequired, 'shared_ids');
      for (const sharedId of sharedIds) await own.remove('auto_receptionist_voicemail_access', { receptionist_id: id, shared_id: sharedId });
    });
    return undefined;
  },

  // ---- IVR ----------------------------------------------------------------------------

  async getAutoReceptionistIvr(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    if (!(await findReceptionist(store, id))) throw ctx.fail('autoReceptionistDoesNotExist', { 0: id });
    // The sandbox keeps no holiday hours: any holiday named is one that does not exist.
    if (ctx.query.holiday_id !== undefined) throw ctx.fail('holidayHoursHandlingDoesNotExist', { 0: ctx.query.holiday_id });
    const hours = ctx.query.hours_type ?? 'business_hours';
    if (!isHoursType(hours)) throw hoursTypeInvalid();
    return ivrOf(store, id, hours);
  },

  async updateAutoReceptionistIvr(ctx) {
    const store = await ctx.store();
    const id = ctx.params.autoReceptionistId;
    const b = ctx.body ?? {};
    await ctx.db.transaction().execute(async (trx) => {
      const own = store.on(trx);
      // Concurrent changes of one receptionist's IVR apply one after another.
      if (!(await findReceptionist(own, id, 'noKeyUpdate'))) throw ctx.fail('autoReceptionistDoesNotExist', { 0: id });
      // "If both holiday_id and hours_type are passed, holiday_id has a high priority": none exists in the sandbox.
      if (b.holiday_id !== undefined) throw ctx.fail('holidayHoursHandlingDoesNotExist', { 0: b.holiday_id });
      const hours = b.hours_type ?? 'business_hours';
      if (!isHoursType(hours)) throw hoursTypeInvalid();

      let noAction: { action: number; repeat: number; extension_id: string | null } | undefined;
      const n = b.caller_enters_no_action;
      if (n) {
        const kept = (await menuOf(own, id, hours)).menu;
        const action = n.action ?? kept?.no_action_action ?? DEFAULT_NO_ACTION.action;
        const target = NO_ACTION_ACTIONS[action];
        if (!target) throw ctx.fail('actionValueSetForIfCaller');
        if (n.audio_prompt_repeat === undefined) throw ctx.fail('numberOfTimesToRepeatThe');
        let extensionId: string | null = null;
        if (needsExtension(target)) {
          if (!(await isTarget(trx, store.accountId, n.forward_to_extension_id, target.kind))) throw ctx.fail('idForNoActionToForwardTo');
          extensionId = n.forward_to_extension_id!;
        }
        noAction = { action, repeat: n.audio_prompt_repeat, extension_id: extensionId };
      }

      const k = b.key_action;
      if (k) {
        if (k.key === undefined || k.action === undefined) throw keyRequired();
        if (!isKey(k.key)) throw keyInvalid();
        const target = actionsOfKey(k.key)[k.action];
        if (!target) throw ctx.fail('actionValueIsNotCorrect');
        if (target.voicemail && !k.voicemail_greeting_id) throw ctx.fail('voicemailGreetingFileIdIsRequired');
        const phone = k.target?.phone_number;
        if (target.phone && !(phone && isE164(phone))) throw ctx.fail('phoneNumberToForwardToIs');
        const given = k.target?.extension_id;
        // An external contact is held until the IVR is written (a concurrent delete waits, then clears the key), kept by its external_contact_id.
        const contact = target.contact && given ? await holdExternalContact(trx, store.accountId, given) : undefined;
        const extensionId = contact ? contact.id : given;
        if (needsExtension(target) && !(target.contact ? contact : await isTarget(trx, store.accountId, extensionId, target.kind))) {
          throw targetExtensionNotFound({ extensionId: given ?? '' });
        }
        await saveKey(own, {
          receptionist_id: id,
          hours_type: hours,
          key: k.key,
          action: k.action,
          target_extension_id: needsExtension(target) ? extensionId! : null,
          target_phone_number: target.phone ? phone! : null,
          voicemail_greeting_id: target.voicemail ? k.voicemail_greeting_id! : null,
        });
      }
      await saveMenu(own, id, hours, { audio_prompt_id: b.audio_prompt_id, no_action: noAction });
    });
    return undefined;
  },
});
