// The call handling settings as getCallHandlingSettings shows them: each period's
// sub-settings for the extension's kind, forwarding targets and operators named
// as the directory names them now.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ResponseOf } from '../../kit/context.ts';
import { extensionsByIds, type ExtensionKind } from '../extensions/public.ts';
import { audioPrompts } from '../audio-library/public.ts';
import { externalContactsByIds, type ExternalContactRef } from '../external-contacts/public.ts';
import { forwardsToNumbers, PHONE_NUMBER, VOICEMAIL, type HandledKind, type Period, type Route } from './rules.ts';
import { forwardingsOf, holidaysOf, routeOf, routeRows, type ForwardingRow, type HolidayRow } from './store.ts';
import { instant } from './rules.ts';

type Body = NonNullable<ResponseOf<'getCallHandlingSettings'>>;
type BusinessItem = NonNullable<Body['business_hours']>[number];
type ClosedItem = NonNullable<Body['closed_hours']>[number];
type HolidayItem = NonNullable<Body['holiday_hours']>[number];
type Routing = NonNullable<NonNullable<BusinessItem['settings']>['routing']>;
type Busy = NonNullable<NonNullable<BusinessItem['settings']>['busy_routing']>;
type Target = { id: string; kind: ExtensionKind | 'externalContact'; ownerId: string; name: string; number: number | undefined };

const PROMPT_FIELDS = ['audio_while_connecting_id', 'greeting_prompt_id', 'music_on_hold_id', 'message_greeting_id', 'voicemail_greeting_id', 'voicemail_leaving_instruction_id'] as const;
const FORWARD_TYPES = ['user', 'autoReceptionist', 'callQueue', 'commonArea'] as const;
const OPERATOR_TYPES = ['user', 'commonArea', 'sharedLineGroup', 'callQueue'] as const;

/** An extension as a forward_to or operator shows it; its type where the documented list has it. */
function named<T extends string>(t: Target, types: readonly T[]) {
  return {
    display_name: t.name,
    extension_id: t.id,
    ...(t.number !== undefined ? { extension_number: t.number } : {}),
    ...((types as readonly string[]).includes(t.kind) ? { extension_type: t.kind as T } : {}),
    id: t.ownerId,
  };
}

/** The audio items the settings name, by the id each keeps: shown with their names (and `removed_` once deleted). */
type Prompts = Map<string, { id: string; name: string }>;

/** A prompt as the settings show it: an audio item of the library with its name; any other value ('', '0') as kept. */
const prompt = (id: string | undefined, prompts: Prompts) => (id === undefined ? undefined : (prompts.get(id) ?? { id }));
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function routing(r: Route, targets: Map<string, Target>, prompts: Prompts): Routing {
  const target = r.routing_extension_id ? targets.get(r.routing_extension_id) : undefined;
  const o = r.options;
  let forward_to: Routing['forward_to'];
  if (target) forward_to = named(target, FORWARD_TYPES);
  else if (r.routing_action === PHONE_NUMBER) forward_to = defined({ phone_number: r.routing_phone_number ?? undefined, description: r.routing_description ?? undefined });
  else if (r.routing_action === 15) forward_to = { partner_contact_center_id: o.forward_to_partner_contact_center_id };
  else if (r.routing_action === 18) forward_to = { teams_app_id: o.forward_to_teams_id };
  else if (r.routing_action === 19) forward_to = { zcc_phone_number: o.forward_to_zcc_phone_number };
  const operator = r.operator_extension_id ? targets.get(r.operator_extension_id) : undefined;
  const voicemail = r.routing_action === VOICEMAIL;
  return defined({
    action: r.routing_action as Routing['action'],
    forward_to,
    operator: operator && voicemail ? named(operator, OPERATOR_TYPES) : undefined,
    connect_to_operator: voicemail ? r.connect_to_operator : undefined,
    allow_callers_check_voicemail: voicemail ? r.allow_callers_check_voicemail : undefined,
    voicemail_greeting: voicemail ? prompt(o.voicemail_greeting_id, prompts) : undefined,
    voicemail_leaving_instruction: voicemail ? prompt(o.voicemail_leaving_instruction_id, prompts) : undefined,
    message_greeting: r.routing_action === 12 ? prompt(o.message_greeting_id, prompts) : undefined,
    require_press_1_before_connecting: r.routing_action === PHONE_NUMBER ? (o.un_answered_require_press_1_before_connecting ?? false) : undefined,
    overflow_play_callee_voicemail_greeting: o.overflow_play_callee_voicemail_greeting,
    play_callee_voicemail_greeting: o.play_callee_voicemail_greeting,
  });
}

function busyRouting(r: Route, targets: Map<string, Target>, prompts: Prompts): Busy | undefined {
  if (r.busy_action === null) return undefined;
  const target = r.busy_extension_id ? targets.get(r.busy_extension_id) : undefined;
  const voicemail = r.busy_action === VOICEMAIL;
  return defined({
    action: r.busy_action,
    forward_to: target
      ? named(target, FORWARD_TYPES)
      : r.busy_action === PHONE_NUMBER
        ? defined({ phone_number: r.busy_phone_number ?? undefined, description: r.busy_description ?? undefined })
        : undefined,
    connect_to_operator: voicemail ? r.connect_to_operator : undefined,
    allow_callers_check_voicemail: voicemail ? r.allow_callers_check_voicemail : undefined,
    voicemail_greeting: voicemail ? prompt(r.options.voicemail_greeting_id, prompts) : undefined,
    message_greeting: r.busy_action === 12 ? prompt(r.options.message_greeting_id, prompts) : undefined,
    require_press_1_before_connecting: r.busy_action === PHONE_NUMBER ? (r.options.busy_require_press_1_before_connecting ?? false) : undefined,
    busy_play_callee_voicemail_greeting: r.options.busy_play_callee_voicemail_greeting,
  });
}

/** An item forwarding to an external contact shows the contact as it is now (and its first number as the item's). */
function forwardingItem(f: ForwardingRow, contacts: Map<string, ExternalContactRef>) {
  const c = f.external_contact_id ? contacts.get(f.external_contact_id) : undefined;
  const external_contact = c && defined({ email: c.email ?? undefined, external_contact_id: c.id, name: c.name, phone_numbers: c.phoneNumbers });
  return defined({ id: f.id, phone_number: (c ? c.phoneNumbers[0] : f.phone_number) || undefined, description: f.description ?? undefined, enable: Number(f.enable) === 1, external_contact });
}

function forwardingSettings(rows: ForwardingRow[], r: Route, contacts: Map<string, ExternalContactRef>) {
  return {
    call_forwarding_settings: rows.map((f) => forwardingItem(f, contacts)),
    require_press_1_before_connecting: r.require_press_1,
  };
}

/** The whole of an extension's call handling: three periods, each holiday with its own. */
export async function callHandlingOf(db: Kysely<Database>, accountId: string, extensionId: string, kind: HandledKind): Promise<Body> {
  const [rows, holidays, forwardings] = await Promise.all([routeRows(db, accountId, extensionId), holidaysOf(db, accountId, extensionId), forwardingsOf(db, accountId, extensionId)]);
  const route = (period: Period, holidayId = '') => routeOf(rows.find((r) => r.period === period && r.holiday_id === holidayId), kind, period);
  const numbers = (period: Period, holidayId = '') => forwardings.filter((f) => f.period === period && f.holiday_id === holidayId);
  const business = route('business_hours');
  const closed = route('closed_hours');
  const holidayRoutes = new Map(holidays.map((h) => [h.id, route('holiday_hours', h.id)]));

  // The extensions the routes name, each read once from the directory.
  const ids = new Set<string>();
  for (const r of [business, closed, ...holidayRoutes.values()]) for (const id of [r.routing_extension_id, r.busy_extension_id, r.operator_extension_id]) if (id) ids.add(id);
  const targets: Map<string, Target> = await extensionsByIds(db, accountId, [...ids]);
  // An external contact (action 9, or a forwarding item's) is named by its id, its name and its extension number (when it has a numeric one).
  const contacts = await externalContactsByIds(db, accountId, [...[...ids].filter((id) => !targets.has(id)), ...forwardings.flatMap((f) => (f.external_contact_id ? [f.external_contact_id] : []))]);
  for (const [id, c] of contacts) {
    if (!ids.has(id)) continue;
    targets.set(id, { id, kind: 'externalContact', ownerId: id, name: c.name, number: c.extensionNumber && Number.isSafeInteger(Number(c.extensionNumber)) ? Number(c.extensionNumber) : undefined });
  }
  // And the audio items their prompts name, read once from the library.
  const promptIds = [business, closed, ...holidayRoutes.values()].flatMap((r) => PROMPT_FIELDS.map((f) => r.options[f]).filter((v): v is string => typeof v === 'string' && v !== ''));
  const prompts: Prompts = await audioPrompts(db, accountId, promptIds);

  const withNumbers = forwardsToNumbers(kind);
  const rings = kind === 'user' || kind === 'sharedLineGroup';
  const o = business.options;
  const businessHours: BusinessItem[] = [
    {
      sub_setting_type: 'custom_hours',
      settings: defined({
        type: business.hours_type as 1 | 2,
        custom_hours_settings: (business.custom_hours ?? []).map((d) => defined({ weekday: d.weekday, type: d.type, from: d.from, to: d.to })),
        allow_members_to_reset: kind === 'callQueue' ? (business.allow_members_to_reset ?? false) : undefined,
      }),
    },
    {
      sub_setting_type: 'call_handling',
      settings: defined({
        ring_mode: rings ? (business.ring_mode ?? undefined) : undefined,
        max_wait_time: (rings || kind === 'callQueue' ? (business.max_wait_time ?? undefined) : undefined) as BusinessSettings['max_wait_time'],
        call_distribution: (kind === 'callQueue' ? o.call_distribution : undefined) as BusinessSettings['call_distribution'],
        max_call_in_queue: kind === 'callQueue' ? o.max_call_in_queue : undefined,
        receive_call: kind === 'callQueue' ? o.receive_call : undefined,
        wrap_up_time: (kind === 'callQueue' ? o.wrap_up_time : undefined) as BusinessSettings['wrap_up_time'],
        greeting_prompt: kind === 'callQueue' || kind === 'autoReceptionist' ? prompt(o.greeting_prompt_id, prompts) : undefined,
        music_on_hold: kind === 'callQueue' ? prompt(o.music_on_hold_id, prompts) : undefined,
        audio_while_connecting: kind === 'callQueue' ? prompt(o.audio_while_connecting_id, prompts) : undefined,
        routing: routing(business, targets, prompts),
        busy_routing: kind === 'user' ? busyRouting(business, targets, prompts) : undefined,
      }),
    },
  ];
  if (withNumbers) businessHours.push({ sub_setting_type: 'call_forwarding', settings: forwardingSettings(numbers('business_hours'), business, contacts) });

  const closedHours: ClosedItem[] = [
    {
      sub_setting_type: 'call_handling',
      settings: defined({
        ring_mode: rings ? (closed.ring_mode ?? undefined) : undefined,
        max_wait_time: (rings ? (closed.max_wait_time ?? undefined) : undefined) as ClosedSettings['max_wait_time'],
        routing: routing(closed, targets, prompts),
        busy_routing: kind === 'user' ? busyRouting(closed, targets, prompts) : undefined,
      }),
    },
  ];
  if (withNumbers) closedHours.push({ sub_setting_type: 'call_forwarding', settings: forwardingSettings(numbers('closed_hours'), closed, contacts) });

  const holidayHours: HolidayItem[] = holidays.map((h: HolidayRow) => {
    const r = holidayRoutes.get(h.id)!;
    const details: NonNullable<HolidayItem['details']> = [
      { sub_setting_type: 'holiday', settings: { name: h.name, from: instant(h.starts_at), to: instant(h.ends_at) } },
      {
        sub_setting_type: 'call_handling',
        settings: defined({
          ring_mode: rings ? (r.ring_mode ?? undefined) : undefined,
          max_wait_time: (rings ? (r.max_wait_time ?? undefined) : undefined) as HolidaySettings['max_wait_time'],
          routing: routing(r, targets, prompts) as HolidayRouting,
        }),
      },
    ];
    if (withNumbers) details.push({ sub_setting_type: 'call_forwarding', settings: forwardingSettings(numbers('holiday_hours', h.id), r, contacts) });
    return { holiday_id: h.id, details };
  });

  return { business_hours: businessHours, closed_hours: closedHours, holiday_hours: holidayHours };
}

type BusinessSettings = NonNullable<BusinessItem['settings']>;
type ClosedSettings = NonNullable<ClosedItem['settings']>;
type HolidaySettings = NonNullable<NonNullable<HolidayItem['details']>[number]['settings']>;
type HolidayRouting = NonNullable<HolidaySettings['routing']>;
