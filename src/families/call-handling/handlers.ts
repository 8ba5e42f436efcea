// Handlers of the call-handling family, keyed by operationId: how an extension of
// the account's directory routes its calls in business hours, closed hours and
// each holiday. Every write runs in one transaction holding the extension and the
// extensions it would forward to (store.ts holdExtensions), and checks them again
// there: a setting never names an extension that has left the directory. A user's
// changes hold to its policy as its site or it changed it (forwarding to external
// numbers, overflow and its restriction, voicemail), read in that same transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { defineHandlers, type BodyOf } from '../../kit/context.ts';
import type { ZoomError } from '../../errors.ts';
import { extensionById } from '../extensions/public.ts';
import { holdExternalContact } from '../external-contacts/public.ts';
import { isE164 } from '../numbers/public.ts';
import { changedPolicyOf, userPolicyOf } from '../users/public.ts';
import { extensionNotFound, externalContactNotFound, fieldRequired, holidayNotFound, invalidHolidayTime, invalidPhoneNumber, invalidWaitTime, notSupported, wrongTargetKind } from './errors.ts';
import { callHandlingOf } from './present.ts';
import {
  actionRefusal,
  BUSY_ACTIONS,
  EXTERNAL_CONTACT,
  forwardsToNumbers,
  handlingPolicy,
  isHandled,
  isPeriod,
  mergeDays,
  OPTION_KEYS,
  PHONE_NUMBER,
  recordsInbound,
  TARGET_KIND,
  unansweredActions,
  unrecordedRefused,
  validDay,
  validSpan,
  VOICEMAIL,
  instant,
  type HandledKind,
  type HandlingPolicy,
  type Period,
  type PolicyRefusal,
  type Route,
  type RouteOptions,
  type WeekdayHours,
} from './rules.ts';
import {
  deleteForwarding,
  deleteHoliday,
  findForwarding,
  findHoliday,
  holdExtensions,
  insertForwarding,
  insertHoliday,
  routeOf,
  routeRows,
  saveRoute,
  updateForwarding,
  updateHoliday,
} from './store.ts';

type Db = Kysely<Database>;

type Patch = BodyOf<'updateACallHandlingSetting'>;
type CallHandlingSettings = NonNullable<Extract<Patch, { sub_setting_type?: 'call_handling' }>['settings']>;
type CustomHoursSettings = NonNullable<Extract<Patch, { sub_setting_type?: 'custom_hours' }>['settings']>;
type ForwardingSettings = NonNullable<Extract<Patch, { sub_setting_type?: 'call_forwarding' }>['settings']>;
type HolidaySettings = NonNullable<Extract<Patch, { sub_setting_type?: 'holiday' }>['settings']>;

interface Handled {
  id: string;
  kind: HandledKind;
  ownerId: string;
}

/** The extension, of a kind that has call handling; `missing` answers an unknown one. */
async function handledExtension(db: Db, accountId: string, extensionId: string, missing: () => ZoomError): Promise<Handled> {
  const ext = await extensionById(db, accountId, extensionId);
  if (!ext) throw missing();
  if (!isHandled(ext.kind)) throw notSupported();
  return { id: ext.id, kind: ext.kind, ownerId: ext.ownerId };
}

/** What a user extension's policy, as its site or it changed it, allows; the other kinds have no user policy to hold to. */
async function policyOf(db: Db, accountId: string, ext: Handled): Promise<HandlingPolicy | undefined> {
  if (ext.kind !== 'user') return undefined;
  const policy = await changedPolicyOf(db, accountId, ext.ownerId);
  return policy && handlingPolicy(policy);
}

/** Whether the extension records its inbound calls automatically: a user by its policy; the other kinds keep no such setting here. */
async function recordsInboundCalls(db: Db, accountId: string, extensionId: string): Promise<boolean> {
  const ext = await extensionById(db, accountId, extensionId);
  if (ext?.kind !== 'user') return false;
  return recordsInbound((await userPolicyOf(db, accountId, ext.ownerId))?.auto_call_recording);
}

/** The period a path's settingType names. */
function periodOf(settingType: string): Period {
  if (!isPeriod(settingType)) throw notSupported();
  return settingType;
}

/**
 * A forwarding target of an action: in the directory, of the kind the action forwards to, not the extension itself;
 * for action 9 one of the account's external contacts, held until the change is written. Answers the id to keep
 * (a contact named by its customer id is kept by its external_contact_id).
 */
async function checkTarget(db: Db, accountId: string, self: string, targetId: string, action: number): Promise<string> {
  if (action === EXTERNAL_CONTACT) {
    const contact = await holdExternalContact(db, accountId, targetId);
    if (!contact) throw externalContactNotFound({ externalContactId: targetId });
    return contact.id;
  }
  const target = await extensionById(db, accountId, targetId);
  if (!target) throw extensionNotFound({ extensionId: targetId });
  const kind = TARGET_KIND[action];
  if (target.id === self || (kind !== undefined && target.kind !== kind)) throw wrongTargetKind({ extensionId: targetId, action });
  return targetId;
}

interface Leg {
  action: number | null;
  extensionId: string | null;
  phoneNumber: string | null;
  description: string | null;
}

/**
 * The action and target of one leg (unanswered, or busy) after a change: the
 * target given, or the current one while the action stays; a forwarding action
 * needs its extension (actions 2–8), a phone number action its number (10).
 */
function legAfter(current: Leg, action: number | undefined, extensionId: string | undefined, phone: string | undefined, description: string | undefined, names: { extension: string; phone: string }): Leg {
  const next = action ?? current.action;
  const same = next === current.action;
  if (next === null) return current;
  if (TARGET_KIND[next] !== undefined || next === EXTERNAL_CONTACT) {
    const ext = extensionId || (same ? current.extensionId : null);
    if (!ext) throw fieldRequired({ field: names.extension });
    return { action: next, extensionId: ext, phoneNumber: null, description: null };
  }
  if (next === PHONE_NUMBER) {
    const number = phone || (same ? current.phoneNumber : null);
    if (!number) throw fieldRequired({ field: names.phone });
    if (!isE164(number)) throw invalidPhoneNumber({ phone_number: number });
    return { action: next, extensionId: null, phoneNumber: number, description: description ?? (same ? current.description : null) };
  }
  // Voicemail: an auto receptionist's or queue's calls may go to another extension's voicemail.
  if (next === VOICEMAIL) return { action: next, extensionId: extensionId || (same ? current.extensionId : null), phoneNumber: null, description: null };
  return { action: next, extensionId: null, phoneNumber: null, description: null };
}

const pick = (s: CallHandlingSettings): RouteOptions => {
  const kept: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) if ((s as Record<string, unknown>)[key] !== undefined) kept[key] = (s as Record<string, unknown>)[key];
  return kept as RouteOptions;
};

/**
 * The actions a change asks of each leg (unanswered, busy): the action given, or
 * the current one when only its target is given; and voicemail when it sets a
 * voicemail prompt.
 */
function askedActions(route: Route, s: CallHandlingSettings): { unanswered?: number; busy?: number; voicemail: boolean } {
  return {
    unanswered: s.call_not_answer_action ?? (s.forward_to_extension_id || s.phone_number ? route.routing_action : undefined),
    busy: s.busy_on_another_call_action ?? (s.busy_forward_to_extension_id || s.busy_phone_number ? (route.busy_action ?? undefined) : undefined),
    voicemail: s.voicemail_greeting_id !== undefined || s.voicemail_leaving_instruction_id !== undefined,
  };
}

/**
 * A call_handling change applied to a route; the extensions it forwards to are
 * returned to be checked, and those a user's high overflow restriction lets it
 * forward to only when they record inbound calls. A user's policy is held to
 * before the actions themselves (an external contact its policy refuses is
 * refused for that).
 */
function changedRoute(route: Route, s: CallHandlingSettings, ext: { kind: HandledKind; policy: HandlingPolicy | undefined }, period: Period, fail: ReturnType<typeof failures>): { route: Route; targets: [string, number][]; recordedOnly: string[] } {
  const { kind, policy } = ext;
  const asked = askedActions(route, s);
  if (policy) {
    const actions = [asked.unanswered, asked.busy, asked.voicemail ? VOICEMAIL : undefined];
    for (const action of actions) {
      const refusal = action === undefined ? undefined : actionRefusal(policy, action);
      if (refusal) throw fail.policy(refusal);
    }
  }
  if (s.call_not_answer_action !== undefined && !unansweredActions(kind).includes(s.call_not_answer_action)) throw notSupported();
  const busyGiven = [s.busy_on_another_call_action, s.busy_forward_to_extension_id, s.busy_phone_number, s.busy_description].some((v) => v !== undefined);
  if (busyGiven && kind !== 'user') throw notSupported();
  if (s.busy_on_another_call_action !== undefined && !BUSY_ACTIONS.includes(s.busy_on_another_call_action)) throw notSupported();
  const queueOnly = [s.call_distribution, s.max_call_in_queue, s.receive_call, s.wrap_up_time, s.music_on_hold_id, s.audio_while_connecting_id].some((v) => v !== undefined);
  if (queueOnly && (kind !== 'callQueue' || period !== 'business_hours')) throw notSupported();
  if (s.greeting_prompt_id !== undefined && ((kind !== 'callQueue' && kind !== 'autoReceptionist') || period !== 'business_hours')) throw notSupported();
  const rings = kind === 'user' || kind === 'sharedLineGroup';
  if ((s.ring_mode !== undefined || s.max_wait_time !== undefined) && !rings && kind !== 'callQueue') throw notSupported();
  if (kind === 'user' && period === 'business_hours' && (s.ring_mode === undefined) !== (s.max_wait_time === undefined)) throw fail.userBusinessHoursRingModeAnd();
  if (period !== 'business_hours' && s.max_wait_time !== undefined && s.max_wait_time > 60) throw invalidWaitTime({ period });

  const unanswered = legAfter(
    { action: route.routing_action, extensionId: route.routing_extension_id, phoneNumber: route.routing_phone_number, description: route.routing_description },
    s.call_not_answer_action, s.forward_to_extension_id, s.phone_number, s.description, { extension: 'forward_to_extension_id', phone: 'phone_number' },
  );
  const busy = legAfter(
    { action: route.busy_action, extensionId: route.busy_extension_id, phoneNumber: route.busy_phone_number, description: route.busy_description },
    s.busy_on_another_call_action, s.busy_forward_to_extension_id, s.busy_phone_number, s.busy_description, { extension: 'busy_forward_to_extension_id', phone: 'busy_phone_number' },
  );
  const options: RouteOptions = { ...route.options, ...pick(s) };
  const next: Route = {
    ...route,
    ring_mode: s.ring_mode ?? route.ring_mode,
    max_wait_time: s.max_wait_time ?? route.max_wait_time,
    routing_action: unanswered.action!,
    routing_extension_id: unanswered.extensionId,
    routing_phone_number: unanswered.phoneNumber,
    routing_description: unanswered.description,
    busy_action: busy.action,
    busy_extension_id: busy.extensionId,
    busy_phone_number: busy.phoneNumber,
    busy_description: busy.description,
    connect_to_operator: s.connect_to_operator ?? route.connect_to_operator,
    operator_extension_id: s.operator_extension_id === undefined ? route.operator_extension_id : s.operator_extension_id || null,
    allow_callers_check_voicemail: s.allow_callers_check_voicemail ?? route.allow_callers_check_voicemail,
    options,
  };
  if (s.voicemail_leaving_instruction_id !== undefined) {
    if (next.routing_action !== VOICEMAIL && next.busy_action !== VOICEMAIL) throw fail.forwardingOfBusyOnAnotherCall();
    if (!next.connect_to_operator && !next.allow_callers_check_voicemail) throw fail.sinceAllowCallersToReachAn();
  }
  const targets: [string, number][] = [];
  if (unanswered.extensionId && unanswered.extensionId !== route.routing_extension_id) targets.push([unanswered.extensionId, unanswered.action!]);
  if (unanswered.extensionId && unanswered.action !== route.routing_action) targets.push([unanswered.extensionId, unanswered.action!]);
  if (busy.extensionId && (busy.extensionId !== route.busy_extension_id || busy.action !== route.busy_action)) targets.push([busy.extensionId, busy.action!]);
  const recordedOnly: string[] = [];
  if (policy && asked.unanswered !== undefined && unanswered.extensionId && unrecordedRefused(policy, unanswered.action!)) recordedOnly.push(unanswered.extensionId);
  if (policy && asked.busy !== undefined && busy.extensionId && unrecordedRefused(policy, busy.action!)) recordedOnly.push(busy.extensionId);
  return { route: next, targets, recordedOnly };
}

/** The documented errors of the update, by what they guard. */
function failures(fail: (name: 'userBusinessHoursRingModeAnd' | 'forwardingOfBusyOnAnotherCall' | 'sinceAllowCallersToReachAn' | PolicyRefusal) => ZoomError) {
  return {
    policy: (name: PolicyRefusal) => fail(name),
    userBusinessHoursRingModeAnd: () => fail('userBusinessHoursRingModeAnd'),
    forwardingOfBusyOnAnotherCall: () => fail('forwardingOfBusyOnAnotherCall'),
    sinceAllowCallersToReachAn: () => fail('sinceAllowCallersToReachAn'),
  };
}

export const handlers = defineHandlers({
  // GET /phone/extension/{extensionId}/call_handling/settings
  async getCallHandlingSettings(ctx) {
    const store = await ctx.store();
    const { extensionId } = ctx.params;
    const ext = await handledExtension(ctx.db, store.accountId, extensionId, () => ctx.fail('extensionDoesNotExist', { 0: extensionId }));
    return callHandlingOf(ctx.db, store.accountId, ext.id, ext.kind);
  },

  // POST /phone/extension/{extensionId}/call_handling/settings/{settingType}
  async addACallHandlingSetting(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { extensionId, settingType } = ctx.params;
    const missing = () => ctx.fail('extensionDoesNotExist', { extensionId });
    const ext = await handledExtension(ctx.db, accountId, extensionId, missing);
    const period = periodOf(settingType);
    const body = ctx.body;
    const id = ctx.ids.next();
    if (body?.sub_setting_type === 'holiday') {
      if (period !== 'holiday_hours') throw ctx.fail('thisOperationIsNotSupported');
      const s = body.settings ?? {};
      for (const field of ['name', 'from', 'to'] as const) if (!s[field]) throw fieldRequired({ field });
      if (!validSpan(s.from!, s.to!)) throw invalidHolidayTime();
      await ctx.db.transaction().execute(async (trx) => {
        await holdExtensions(trx, accountId, [ext.id]);
        if (!(await extensionById(trx, accountId, ext.id))) throw missing();
        await insertHoliday(trx, { id, account_id: accountId, extension_id: ext.id, name: s.name!, starts_at: instant(s.from!), ends_at: instant(s.to!) });
      });
      return { holiday_id: id };
    }
    if (body?.sub_setting_type !== 'call_forwarding' || !forwardsToNumbers(ext.kind)) throw ctx.fail('thisOperationIsNotSupported');
    const s = body.settings ?? {};
    if (!s.phone_number) throw fieldRequired({ field: 'phone_number' });
    if (!isE164(s.phone_number)) throw invalidPhoneNumber({ phone_number: s.phone_number });
    const holidayId = period === 'holiday_hours' ? s.holiday_id : '';
    if (holidayId === undefined || holidayId === null) throw fieldRequired({ field: 'holiday_id' });
    await ctx.db.transaction().execute(async (trx) => {
      await holdExtensions(trx, accountId, [ext.id]);
      if (!(await extensionById(trx, accountId, ext.id))) throw missing();
      const policy = await policyOf(trx, accountId, ext);
      if (policy && !policy.forwardingToExternalNumbers) throw ctx.fail('requestFailedBecauseTheCallForwarding');
      if (holidayId !== '' && !(await findHoliday(trx, accountId, ext.id, holidayId))) throw ctx.fail('holidayDoesNotExist');
      await insertForwarding(trx, { id, account_id: accountId, extension_id: ext.id, period, holiday_id: holidayId, phone_number: s.phone_number!, description: s.description ?? null, enable: 1, external_contact_id: null });
    });
    return { call_forwarding_id: id };
  },

  // PATCH /phone/extension/{extensionId}/call_handling/settings/{settingType}
  async updateACallHandlingSetting(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { extensionId, settingType } = ctx.params;
    const missing = () => extensionNotFound({ extensionId });
    const ext = await handledExtension(ctx.db, accountId, extensionId, missing);
    const period = periodOf(settingType);
    const body = ctx.body ?? {};
    const now = ctx.clock.now();
    const fail = failures((name) => ctx.fail(name));

    switch (body.sub_setting_type) {
      case 'holiday': {
        if (period !== 'holiday_hours') throw notSupported();
        const s = (body.settings ?? {}) as HolidaySettings;
        if (!s.holiday_id) throw fieldRequired({ field: 'holiday_id' });
        await ctx.db.transaction().execute(async (trx) => {
          await holdExtensions(trx, accountId, [ext.id]);
          const holiday = await findHoliday(trx, accountId, ext.id, s.holiday_id!);
          if (!holiday) throw holidayNotFound();
          const from = s.from ?? holiday.starts_at;
          const to = s.to ?? holiday.ends_at;
          if (!validSpan(from, to)) throw ctx.fail('invalidHolidayFromToTime');
          await updateHoliday(trx, accountId, holiday.id, { ...(s.name ? { name: s.name } : {}), starts_at: instant(from), ends_at: instant(to) });
        });
        return undefined;
      }
      case 'custom_hours': {
        if (period !== 'business_hours') throw notSupported();
        const s = (body.settings ?? {}) as CustomHoursSettings;
        if (s.allow_members_to_reset !== undefined && ext.kind !== 'callQueue') throw notSupported();
        const days = (s.custom_hours_settings ?? []) as WeekdayHours[];
        for (const day of days) if (!validDay(day)) throw ctx.fail('invalidCustomerHoursFromToTime', { weekday: day.weekday });
        await ctx.db.transaction().execute(async (trx) => {
          await holdExtensions(trx, accountId, [ext.id]);
          const route = await currentRoute(trx, accountId, ext, period, '');
          await saveRoute(trx, accountId, ext.id, period, '', {
            ...route,
            hours_type: s.type ?? route.hours_type,
            custom_hours: mergeDays(route.custom_hours ?? [], days),
            allow_members_to_reset: s.allow_members_to_reset ?? route.allow_members_to_reset,
          }, now);
        });
        return undefined;
      }
      case 'call_forwarding': {
        if (!forwardsToNumbers(ext.kind)) throw notSupported();
        const s = (body.settings ?? {}) as ForwardingSettings & { holiday_id?: string };
        const items = s.call_forwarding_settings ?? [];
        for (const item of items) {
          if (item.phone_number !== undefined && !isE164(item.phone_number)) throw invalidPhoneNumber({ phone_number: item.phone_number });
        }
        await ctx.db.transaction().execute(async (trx) => {
          await holdExtensions(trx, accountId, [ext.id]);
          for (const item of items) {
            const row = item.id ? await findForwarding(trx, accountId, ext.id, period, item.id) : undefined;
            if (!row) throw ctx.fail('callForwardingDoesNotExist', { callForwardingId: item.id ?? '' });
            // external_contact: the item forwards to one of the account's external contacts (held until written) instead of its number.
            const contactId = item.external_contact?.external_contact_id;
            const contact = contactId !== undefined ? await holdExternalContact(trx, accountId, contactId) : undefined;
            if (contactId !== undefined && !contact) throw externalContactNotFound({ externalContactId: contactId });
            await updateForwarding(trx, accountId, row.id, {
              ...(item.phone_number !== undefined ? { phone_number: item.phone_number, external_contact_id: null } : {}),
              ...(contact ? { phone_number: contact.phoneNumbers[0] ?? '', external_contact_id: contact.id } : {}),
              ...(item.description !== undefined ? { description: item.description } : {}),
              ...(item.enable !== undefined ? { enable: item.enable ? 1 : 0 } : {}),
            });
          }
          if (s.require_press_1_before_connecting !== undefined) {
            const holidayId = period === 'holiday_hours' ? (s.holiday_id ?? '') : '';
            if (period === 'holiday_hours' && !(await findHoliday(trx, accountId, ext.id, holidayId))) throw holidayNotFound();
            const route = await currentRoute(trx, accountId, ext, period, holidayId);
            await saveRoute(trx, accountId, ext.id, period, holidayId, { ...route, require_press_1: s.require_press_1_before_connecting }, now);
          }
        });
        return undefined;
      }
      case 'call_handling': {
        const s = (body.settings ?? {}) as CallHandlingSettings & { holiday_id?: string };
        if (s.operator_extension_id && s.operator_extension_id === ext.id) throw ctx.fail('youCannotAssignYourselfAsThe');
        if (s.allow_members_to_reset !== undefined) throw notSupported();
        const holidayId = period === 'holiday_hours' ? s.holiday_id : '';
        if (holidayId === undefined) throw fieldRequired({ field: 'holiday_id' });
        await ctx.db.transaction().execute(async (trx) => {
          // An external contact it names (action 9) is held first: a delete of the contact holds it before mending the call handling that names it.
          for (const id of [s.forward_to_extension_id, s.busy_forward_to_extension_id]) if (id) await holdExternalContact(trx, accountId, id);
          // Held with every extension the change could name, in one order, then each looked for again.
          await holdExtensions(trx, accountId, [ext.id, s.forward_to_extension_id, s.busy_forward_to_extension_id, s.operator_extension_id]);
          if (!(await extensionById(trx, accountId, ext.id))) throw missing();
          if (holidayId !== '' && !(await findHoliday(trx, accountId, ext.id, holidayId))) throw holidayNotFound();
          const current = await currentRoute(trx, accountId, ext, period, holidayId);
          const policy = await policyOf(trx, accountId, ext);
          const { route, targets, recordedOnly } = changedRoute(current, s, { kind: ext.kind, policy }, period, fail);
          for (const [target, action] of targets) {
            const kept = await checkTarget(trx, accountId, ext.id, target, action);
            if (route.routing_extension_id === target) route.routing_extension_id = kept;
            if (route.busy_extension_id === target) route.busy_extension_id = kept;
          }
          for (const target of recordedOnly) if (!(await recordsInboundCalls(trx, accountId, target))) throw fail.policy('failedToOverflowToInternalExtension');
          if (s.operator_extension_id) await checkTarget(trx, accountId, ext.id, s.operator_extension_id, 0);
          await saveRoute(trx, accountId, ext.id, period, holidayId, route, now);
        });
        return undefined;
      }
      default:
        throw notSupported();
    }
  },

  // DELETE /phone/extension/{extensionId}/call_handling/settings/{settingType}
  async deleteACallHandlingSetting(ctx) {
    const store = await ctx.store();
    const { accountId } = store;
    const { extensionId, settingType } = ctx.params;
    const ext = await handledExtension(ctx.db, accountId, extensionId, () => extensionNotFound({ extensionId }));
    const period = periodOf(settingType);
    const { call_forwarding_id, holiday_id } = ctx.query;
    if (!call_forwarding_id && !holiday_id) throw fieldRequired({ field: 'call_forwarding_id or holiday_id' });
    await ctx.db.transaction().execute(async (trx) => {
      await holdExtensions(trx, accountId, [ext.id]);
      if (call_forwarding_id) {
        const row = await findForwarding(trx, accountId, ext.id, period, call_forwarding_id);
        if (!row || (holiday_id && row.holiday_id !== holiday_id)) throw ctx.fail('callForwardingDoesNotExist', { callForwardingId: call_forwarding_id });
        await deleteForwarding(trx, accountId, row.id);
        return;
      }
      if (period !== 'holiday_hours' || !(await deleteHoliday(trx, accountId, ext.id, holiday_id!))) throw ctx.fail('holidayDoesNotExist');
    });
    return undefined;
  },
});

/** A period's route as it stands (its defaults until first changed). */
async function currentRoute(db: Db, accountId: string, ext: { id: string; kind: HandledKind }, period: Period, holidayId: string): Promise<Route> {
  const rows = await routeRows(db, accountId, ext.id);
  return routeOf(rows.find((r) => r.period === period && r.holiday_id === holidayId), ext.kind, period);
}
