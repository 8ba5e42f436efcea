// Handlers of the alerts family, keyed by operationId: the account's alert
// settings — a rule of a module, its conditions, the targets it watches (call
// queues, users, sites, devices, or the account), its time frame and whom it
// tells. Targets are checked with their owners; one alert of a rule on a target.
import { defineHandlers, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import { ZoomError } from '../../errors.ts';
import { ruleOnTargetTaken } from './errors.ts';
import {
  ALL_DAY,
  checkConditions,
  isEmail,
  isEndPoint,
  isFrameTime,
  isProblem,
  LIMITED_RULES,
  LIMITED_RULES_MAX,
  MAX_CHAT_CHANNELS,
  MAX_EMAILS,
  MODULE_RULES,
  TARGET,
  targetCountOf,
  targetsUpdatable,
  targetTypesOf,
  type Condition,
} from './rules.ts';
import { countLimited, deleteSettings, pageSettings, putTargets, targetsOf, type AlertSettingRow, type TargetRow } from './store.ts';
import { resolveTargets, shownTargets } from './targets.ts';

type ListItem = ItemOf<'listAlertSettingsWithPagingQuery', 'alert_settings'>;
type Details = NonNullable<ResponseOf<'getAlertSettingDetails'>>;
type Frequency = 5 | 10 | 15 | 30 | 60;
type ChatChannel = { chat_channel_name?: string; end_point?: string; token?: string };

/** Emergency Services Management takes no chat channels and no frequency ("applies when … Call Queue, Route Group, Devices & Phones or Call Quality Management"). */
const EMERGENCY_MODULE = 5;

/** A blank alert_setting_name: the documented 400/300. */
const blankName = () => new ZoomError(400, 300, 'Validation Failed', [{ field: 'alert_setting_name', message: 'alert_setting_name must not be empty.' }]);

/** The fields the list and the details share, as kept. */
function shown(row: AlertSettingRow) {
  return {
    alert_setting_id: row.id,
    alert_setting_name: row.name,
    module: row.module,
    rule: row.rule,
    rule_conditions: JSON.parse(row.conditions) as Condition[],
    time_frame_type: row.time_frame_type,
    time_frame_from: row.time_frame_from,
    time_frame_to: row.time_frame_to,
    ...(row.frequency !== null ? { frequency: row.frequency as Frequency } : {}),
    email_recipients: JSON.parse(row.email_recipients) as string[],
    ...(row.module !== EMERGENCY_MODULE ? { chat_channels: JSON.parse(row.chat_channels) as ChatChannel[] } : {}),
    status: row.status as 0 | 1,
  };
}

type Frame = { time_frame_type: 'all_day' | 'specific_time'; time_frame_from: string; time_frame_to: string };

/** The time frame as kept, or the field that is wrong: all_day keeps 00:00:00; a specific time is on the hour or half past, and not empty. */
function timeFrame(type: Frame['time_frame_type'], from: string, to: string): Frame | { field: string } {
  if (type === 'all_day') return { time_frame_type: type, time_frame_from: ALL_DAY, time_frame_to: ALL_DAY };
  if (!isFrameTime(from)) return { field: 'time_frame_from' };
  if (!isFrameTime(to) || to === from) return { field: 'time_frame_to' };
  return { time_frame_type: type, time_frame_from: from, time_frame_to: to };
}

/** What is wrong with recipients or channels: too many, or one that is not an address / end point. */
function recipientsProblem(emails: string[] | undefined, chats: ChatChannel[] | undefined): 'emails' | 'chats' | { field: string } | undefined {
  if (emails && emails.length > MAX_EMAILS) return 'emails';
  if (chats && chats.length > MAX_CHAT_CHANNELS) return 'chats';
  if (emails?.some((e) => !isEmail(e.trim()))) return { field: 'email_recipients' };
  if (chats?.some((c) => !c.end_point || !isEndPoint(c.end_point))) return { field: 'chat_channels' };
  return undefined;
}

const keptChats = (chats: ChatChannel[]): ChatChannel[] =>
  chats.map((c) => ({ ...(c.chat_channel_name !== undefined ? { chat_channel_name: c.chat_channel_name } : {}), end_point: c.end_point, ...(c.token !== undefined ? { token: c.token } : {}) }));

async function accountOf(ctx: RequestContext) {
  const a = await ctx.account();
  return { id: a.id, name: a.name };
}

export const handlers = defineHandlers({
  async listAlertSettingsWithPagingQuery(ctx) {
    const store = await ctx.store();
    const { module, rule, status } = ctx.query;
    if (module !== undefined && rule !== undefined && !MODULE_RULES[module]!.includes(rule)) throw ctx.fail('moduleDoesNotSupportThisRule', { 0: module, 1: rule });
    const filters = { module, rule, status };
    return ctx.list({
      items: 'alert_settings',
      filters,
      fetch: (after, limit) => pageSettings(store, filters, after, limit),
      count: () => store.count('alert_settings', filters),
      present: async (rows): Promise<ListItem[]> => {
        const targets = await targetsOf(store.db, store.accountId, rows.map((r) => r.id));
        const all = [...targets.values()].flat();
        const names = await shownTargets(store.db, await accountOf(ctx), all);
        return rows.map((r) => ({
          ...shown(r),
          targets: (targets.get(r.id) ?? []).flatMap((t) => {
            const s = names.get(t);
            return s ? [{ target_name: s.target_name }] : [];
          }),
        }));
      },
    });
  },

  async addAnAlertSetting(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const name = b.alert_setting_name.trim();
    if (!name) throw blankName();
    const rules = MODULE_RULES[b.module];
    if (!rules) throw ctx.fail('valueOfAlertFieldIsInvalid', { 0: 'module' });
    if (!rules.includes(b.rule)) throw ctx.fail('moduleDoesNotSupportThisRule', { 0: b.module, 1: b.rule });
    if (!targetTypesOf(b.rule).includes(b.target_type)) throw ctx.fail('ruleDoesNotSupportThisTarget', { 0: b.rule, 1: b.target_type });
    const conditions = checkConditions(b.rule, b.rule_conditions);
    if (isProblem(conditions)) {
      switch (conditions.kind) {
        case 'unsupported':
          throw ctx.fail('ruleCanNotSupportTheRule', { 0: b.rule, 1: conditions.type });
        case 'duplicated':
          throw ctx.fail('thereAreDuplicatedRuleConditionTypes');
        case 'missing':
          throw ctx.fail('ruleIsMissingTheRuleCondition', { 0: b.rule, 1: conditions.type });
        case 'value':
          throw ctx.fail('valueOfTheRuleConditionType', { 0: conditions.type });
        case 'same':
          throw ctx.fail('ruleConditionValueCanNotBe');
      }
    }
    const frame = timeFrame(b.time_frame_type, b.time_frame_from, b.time_frame_to);
    if ('field' in frame) throw ctx.fail('valueOfAlertFieldIsInvalid', { 0: frame.field });
    const recipients = recipientsProblem(b.email_recipients, b.chat_channels);
    if (recipients === 'emails') throw ctx.fail('numberOfEmailRecipientsIsInvalid');
    if (recipients === 'chats') throw ctx.fail('numberOfChatChannelsIsInvalid');
    if (recipients) throw ctx.fail('valueOfAlertFieldIsInvalid', { 0: recipients.field });
    if (b.module === EMERGENCY_MODULE && (b.chat_channels !== undefined || b.frequency !== undefined)) throw ctx.fail('invalidParameters');
    const { min, max } = targetCountOf(b.target_type);
    const given = b.target_type === TARGET.account ? [] : [...new Set((b.target_ids ?? []).map((id) => id.trim()))];
    if (given.length < min || given.length > max) throw ctx.fail('numberOfTargetIsInvalid');

    const now = ctx.clock.now();
    const setting = {
      id: ctx.ids.next(),
      name,
      module: b.module,
      rule: b.rule,
      conditions: JSON.stringify(conditions),
      target_type: b.target_type,
      ...frame,
      frequency: b.module === EMERGENCY_MODULE ? null : (b.frequency ?? null),
      email_recipients: JSON.stringify((b.email_recipients ?? []).map((e) => e.trim())),
      chat_channels: JSON.stringify(keptChats(b.chat_channels ?? [])),
      status: b.status ?? 1,
      created_at: now,
      updated_at: now,
    };
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const alerts = store.on(trx);
        const targets = await resolveTargets(trx, store.accountId, b.target_type, given);
        if ('invalid' in targets) throw ctx.fail('targetIdIsInvalid', { 0: targets.invalid });
        if (LIMITED_RULES.includes(b.rule) && (await countLimited(alerts, LIMITED_RULES)) >= LIMITED_RULES_MAX) {
          throw ctx.fail('numberOfAlertsForThisModule', { 0: b.module, 1: b.rule });
        }
        await alerts.insert('alert_settings', setting);
        await putTargets(alerts, setting, targets.ids);
      });
    } catch (err) {
      // Another alert of this rule watches the target (or the account): the unique index refused it.
      if (isUniqueViolation(err)) throw b.target_type === TARGET.account ? ctx.fail('thisAlertCanOnlyBeSet') : ctx.fail('alertRuleOnThisTargetAlready');
      throw err;
    }
    return { alert_setting_id: setting.id, alert_setting_name: name };
  },

  async getAlertSettingDetails(ctx) {
    const store = await ctx.store();
    const id = ctx.params.alertSettingId;
    const row = await store.find('alert_settings', { id });
    if (!row) throw ctx.fail('alertSettingDoesNotExistAlertSettingId', { 0: id });
    const targets: TargetRow[] = (await targetsOf(store.db, store.accountId, [row.id])).get(row.id) ?? [];
    const names = await shownTargets(store.db, await accountOf(ctx), targets);
    const details: Details = { ...shown(row), targets: targets.flatMap((t) => (names.has(t) ? [names.get(t)!] : [])) };
    return details;
  },

  async updateAnAlertSetting(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const id = ctx.params.alertSettingId;
    const name = b.alert_setting_name?.trim();
    if (name === '') throw blankName();
    const recipients = recipientsProblem(b.email_recipients, b.chat_channels);
    if (recipients === 'emails') throw ctx.fail('numberOfEmailRecipientsIsInvalid');
    if (recipients === 'chats') throw ctx.fail('numberOfChatChannelsIsInvalid');
    if (recipients) throw ctx.fail('invalidParameters');
    try {
      // Read and written under the row's lock: concurrent updates of one alert apply one after another.
      await ctx.db.transaction().execute(async (trx) => {
        const alerts = store.on(trx);
        const row = await alerts.lock('alert_settings', { id }, 'noKeyUpdate');
        if (!row) throw ctx.fail('alertSettingDoesNotExistAlertSettingId', { 0: id });
        let conditions: Condition[] | undefined;
        if (b.rule_conditions !== undefined) {
          const checked = checkConditions(row.rule, b.rule_conditions);
          // The update page documents none of the add page's condition errors: its "Invalid parameters." stands for them.
          if (isProblem(checked)) throw ctx.fail('invalidParameters');
          conditions = checked;
        }
        const type = b.time_frame_type ?? row.time_frame_type;
        const frame = timeFrame(type, b.time_frame_from ?? row.time_frame_from, b.time_frame_to ?? row.time_frame_to);
        if ('field' in frame) throw ctx.fail('invalidParameters');
        if (row.module === EMERGENCY_MODULE && (b.chat_channels !== undefined || b.frequency !== undefined)) throw ctx.fail('invalidParameters');
        if (b.target_ids !== undefined) {
          if (!targetsUpdatable(row.rule, row.target_type)) throw ctx.fail('invalidParameters');
          const given = [...new Set(b.target_ids.map((t) => t.trim()))];
          const { min, max } = targetCountOf(row.target_type);
          if (given.length < min || given.length > max) throw ctx.fail('numberOfTargetIsInvalid');
          const targets = await resolveTargets(trx, store.accountId, row.target_type, given);
          if ('invalid' in targets) throw ctx.fail('targetIdIsInvalid', { 0: targets.invalid });
          await putTargets(alerts, row, targets.ids);
        }
        await alerts.patch(
          'alert_settings',
          { id },
          {
            name: name ?? row.name,
            ...(conditions ? { conditions: JSON.stringify(conditions) } : {}),
            ...frame,
            ...(b.frequency !== undefined ? { frequency: b.frequency } : {}),
            ...(b.email_recipients !== undefined ? { email_recipients: JSON.stringify(b.email_recipients.map((e) => e.trim())) } : {}),
            ...(b.chat_channels !== undefined ? { chat_channels: JSON.stringify(keptChats(b.chat_channels)) } : {}),
            ...(b.status !== undefined ? { status: b.status } : {}),
            updated_at: ctx.clock.now(),
          },
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw ruleOnTargetTaken();
      throw err;
    }
    return undefined;
  },

  async deleteAnAlertSetting(ctx) {
    const store = await ctx.store();
    const id = ctx.params.alertSettingId;
    await ctx.db.transaction().execute(async (trx) => {
      const row = await store.on(trx).lock('alert_settings', { id }, 'update');
      if (!row) throw ctx.fail('alertSettingDoesNotExistAlertSettingId', { 0: id });
      await deleteSettings(trx, store.accountId, [id]);
    });
    return undefined;
  },
});
