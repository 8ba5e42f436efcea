// Handlers of the user-settings family, keyed by operationId: a user's profile
// settings, its delegation (assistants shown the executive's line, with its
// privileges), intercom invitations and shared access lists, and the account's
// shared line appearances made from the delegations.
import { defineHandlers, type BodyOf, type ItemOf, type RequestContext, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { attempt, wentIn } from '../../kit/constraints.ts';
import { CALLING_CODES } from '../../kit/countries.ts';
import { findUser, type UserRow } from '../users/public.ts';
import { extensionById, extensionsByIds, extensionsOfOwners } from '../extensions/public.ts';
import { findSite, siteTerms } from '../sites/public.ts';
import {
  accessUserDoesNotExist, alreadyShared, assistantAlreadyAdded, intercomExtensionDoesNotExist, intercomExtensionRequired, notAnAssistant,
  nothingToDelete, selfAssistant, sharedIdDoesNotExist, sharedIdRequired,
} from './errors.ts';
import {
  appearancePrivileges, bit, bool, DEFAULT_PRIVILEGES, fromMask, isSettingType, OPT_IN_OUT, toMask, validPrivileges,
  type AccessSetting, type SettingType,
} from './rules.ts';
import { accessMembersOf, assistantsOf, assistedBy, findDelegation, findSettings, intercomsOf, type AccessMemberRow, type AssistantRow } from './store.ts';
import { deskPhonesOf } from '../phone-devices/public.ts';

type Settings = NonNullable<ResponseOf<'getAUsersProfileSettings'>>;
type Assistant = NonNullable<NonNullable<Settings['delegation']>['assistants']>[number];
type Appearance = ItemOf<'listSharedLineAppearances', 'shared_line_appearances'>;
type Ctx = RequestContext<'getAUsersProfileSettings' | 'updateAUsersProfileSettings' | 'addAUsersSharedAccessSetting' | 'updateAUsersSharedAccessSetting' | 'deleteAUsersSharedAccessSetting'>;
type AccessInput = { access_user_id?: string; access_user_type?: string; allow_delete?: boolean; allow_download?: boolean; allow_sharing?: boolean };

const extensionType = (kind: string): 'user' | 'commonArea' => (kind === 'commonArea' ? 'commonArea' : 'user');

/** The path's user, by id or e-mail (any case); `me` names no user for an account-level app. */
async function pathUser(ctx: Ctx, store: AccountStore, meDocumented = true): Promise<UserRow> {
  const key = ctx.params.userId;
  // The delete page documents no 'Invalid user id.': there `me` is a user that does not exist.
  if (key === 'me' && meDocumented) throw (ctx as RequestContext<'getAUsersProfileSettings'>).fail('invalidUserId');
  const user = await findUser(store.db, store.accountId, key);
  if (!user) throw (ctx as RequestContext<'getAUsersProfileSettings'>).fail('userDoesNotExist', { userId: key });
  return user;
}

/** Each delegation's assistants as the directory names them, by executive: one query for a page of delegations. */
async function presentAssistants(store: AccountStore, rows: AssistantRow[]): Promise<Map<string, Assistant[]>> {
  const extensions = await extensionsByIds(store.db, store.accountId, rows.map((r) => r.extension_id));
  const out = new Map<string, Assistant[]>();
  for (const r of rows) {
    const ext = extensions.get(r.extension_id);
    if (!ext) continue;
    const mine = out.get(r.user_id) ?? [];
    mine.push({ display_name: ext.name, extension_id: ext.id, extension_number: ext.number, extension_type: extensionType(ext.kind), id: ext.ownerId });
    out.set(r.user_id, mine);
  }
  return out;
}

const presentVoicemail = (m: AccessMemberRow) => ({
  access_user_id: m.access_user_id,
  access_user_type: m.access_user_type as 'user' | 'commonArea',
  allow_delete: bool(m.allow_delete),
  allow_download: bool(m.allow_download),
  allow_sharing: bool(m.allow_sharing),
  shared_id: m.shared_id,
});
const presentRecording = (m: AccessMemberRow) => ({ access_user_id: m.access_user_id, allow_delete: bool(m.allow_delete), allow_download: bool(m.allow_download), shared_id: m.shared_id });

const countryName = (code: string): string => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

async function settingsOf(store: AccountStore, user: UserRow): Promise<Settings> {
  const settings = await findSettings(store, user.id);
  const delegation = await findDelegation(store, user.id);
  const members = await accessMembersOf(store, user.id);
  const site = user.site_id ? await findSite(store.db, store.accountId, user.site_id) : undefined;
  const code = site ? siteTerms(site).country : undefined;
  const executives = [];
  for (const a of await assistedBy(store, user.extension_id)) {
    const executive = await findUser(store.db, store.accountId, a.user_id);
    if (!executive) continue;
    executives.push({ user_id: executive.id, display_name: executive.name, receive_calls: bool(a.receive_calls), allow_opt_out: fromMask(a.privileges).includes(OPT_IN_OUT) });
  }
  const intercoms = [];
  const invited = await intercomsOf(store, user.id);
  const invitedExtensions = await extensionsByIds(store.db, store.accountId, invited.map((i) => i.extension_id));
  for (const i of invited) {
    const ext = invitedExtensions.get(i.extension_id);
    if (ext) intercoms.push({ extension_id: ext.id, extension_number: String(ext.number), extension_type: extensionType(ext.kind), display_name: ext.name, status: 'active' as const });
  }
  return {
    ...(settings?.area_code ? { area_code: settings.area_code } : {}),
    audio_prompt_language: settings?.audio_prompt_language ?? 'en-US',
    default_transcription_language: (settings?.default_transcription_language ?? 'en-US') as Settings['default_transcription_language'],
    ...(code ? { country: { code, country_code: CALLING_CODES[code], name: countryName(code) } } : {}),
    ...(delegation
      ? {
          delegation: {
            assistants: (await presentAssistants(store, await assistantsOf(store, [user.id]))).get(user.id) ?? [],
            privacy: bool(delegation.privacy),
            // The GET page lists privileges 1..7; 8 (reply to SMS) shows in the appearances only.
            privileges: fromMask(delegation.privileges).filter((p) => p <= 7) as NonNullable<Settings['delegation']>['privileges'],
            locked: bool(delegation.locked),
          },
        }
      : {}),
    ...(user.extension_number !== null ? { extension_number: Number(user.extension_number) } : {}),
    intercom: { audio_intercoms: intercoms },
    ...(settings?.music_on_hold_id != null ? { music_on_hold_id: settings.music_on_hold_id } : {}),
    outbound_caller_ids: [],
    status: user.status === 'activate' ? 'Active' : 'Inactive',
    voice_mail: members
      .filter((m) => m.setting === 'voice_mail')
      .map((m) => ({ access_user_id: m.access_user_id, access_user_type: m.access_user_type as 'user' | 'commonArea', delete: bool(m.allow_delete), download: bool(m.allow_download), shared_id: m.shared_id })),
    auto_call_recording_access_members: members.filter((m) => m.setting === 'auto_call_recording').map(presentRecording),
    ad_hoc_call_recording_access_members: members.filter((m) => m.setting === 'ad_hoc_call_recording').map(presentRecording),
    shared_lines_call_setting: { shared_line_appearances: { executives } },
  };
}

/** The user's settings row, made on first write. */
async function ensureSettings(store: AccountStore, user: UserRow, now: number): Promise<void> {
  if (await findSettings(store, user.id)) return;
  await attempt(store.db, () => store.insert('user_settings', { user_id: user.id, extension_id: user.extension_id, area_code: null, audio_prompt_language: null, default_transcription_language: null, music_on_hold_id: null, updated_at: now }));
}

/** Adds access members of one list; any refused member refuses them all (the caller's transaction). */
async function addMembers(ctx: Ctx, store: AccountStore, user: UserRow, setting: AccessSetting, inputs: AccessInput[]): Promise<AccessMemberRow[]> {
  for (const m of inputs) {
    const member = m.access_user_id ? await findUser(store.db, store.accountId, m.access_user_id) : undefined;
    if (!member) throw accessUserDoesNotExist({ accessUserId: m.access_user_id ?? '' });
    const row = {
      user_id: user.id,
      setting,
      shared_id: ctx.ids.next(),
      access_user_id: member.id,
      access_extension_id: member.extension_id,
      access_user_type: m.access_user_type ?? 'user',
      allow_delete: bit(m.allow_delete),
      allow_download: bit(m.allow_download),
      allow_sharing: bit(m.allow_sharing),
      created_at: ctx.clock.now(),
    };
    if (!(await wentIn(store.db, () => store.insert('user_access_members', row)))) {
      if (setting === 'voice_mail') throw (ctx as RequestContext<'addAUsersSharedAccessSetting'>).fail('voicemailHasAlreadyBeenSharedTo');
      throw alreadyShared();
    }
  }
  return accessMembersOf(store, user.id, setting);
}

function settingType(ctx: RequestContext<'addAUsersSharedAccessSetting' | 'deleteAUsersSharedAccessSetting'>): SettingType {
  const t = ctx.params.settingType;
  if (!isSettingType(t)) throw (ctx as RequestContext<'addAUsersSharedAccessSetting'>).fail('invalidUserSubSettingType');
  return t;
}

export const handlers = defineHandlers({
  async getAUsersProfileSettings(ctx) {
    const store = await ctx.store();
    const user = await pathUser(ctx, store);
    const settings = await settingsOf(store, user);
    // desk_phone.devices: the desk phones the user is assigned to, online or not at sandbox time (phone-devices).
    const devices = await deskPhonesOf(store.db, store.accountId, user.id, ctx.clock.now());
    return devices.length > 0 ? { ...settings, desk_phone: { devices } } : settings;
  },

  async updateAUsersProfileSettings(ctx) {
    const store = await ctx.store();
    const user = await pathUser(ctx, store);
    const b = ctx.body ?? {};
    // The user has no outbound caller ids of its own here (the GET lists none), so none can be chosen.
    if (b.outbound_caller_id !== undefined) throw ctx.fail('invalidOutboundCallerId');
    await ctx.db.transaction().execute(async (trx) => {
      const s = store.on(trx);
      await ensureSettings(s, user, ctx.clock.now());
      const changes: Record<string, string | number> = { updated_at: ctx.clock.now() };
      if (b.area_code !== undefined) changes.area_code = b.area_code;
      if (b.audio_prompt_language !== undefined) changes.audio_prompt_language = b.audio_prompt_language;
      if (b.default_transcription_language !== undefined) changes.default_transcription_language = b.default_transcription_language;
      if (b.music_on_hold_id !== undefined) changes.music_on_hold_id = b.music_on_hold_id;
      await s.patch('user_settings', { user_id: user.id }, changes);
      for (const e of b.shared_lines_call_setting?.shared_line_appearances?.executives ?? []) {
        const executive = e.user_id ? await findUser(trx, store.accountId, e.user_id) : undefined;
        const link = executive && (await assistedBy(s, user.extension_id)).find((a) => a.user_id === executive.id);
        if (!executive || !link) throw notAnAssistant({ userId: user.id, executiveUserId: e.user_id ?? '' });
        if (e.receive_calls === undefined) continue;
        if (!e.receive_calls && !fromMask(link.privileges).includes(OPT_IN_OUT)) {
          throw ctx.fail('userCannotDisableReceivingIncomingCalls', { userId: user.id, executiveUserId: executive.id });
        }
        await s.patch('user_delegation_assistants', { user_id: executive.id, extension_id: user.extension_id }, { receive_calls: bit(e.receive_calls) });
      }
    });
  },

  async addAUsersSharedAccessSetting(ctx) {
    const store = await ctx.store();
    const user = await pathUser(ctx, store);
    const type = settingType(ctx);
    const b = ctx.body ?? {};
    return ctx.db.transaction().execute(async (trx) => {
      const s = store.on(trx);
      await ensureSettings(s, user, ctx.clock.now());
      if (type === 'delegation') {
        const extensionId = b.delegation_assistant_extension_id;
        if (!extensionId) throw ctx.fail('delegationAssistantIsRequired');
        const ext = await extensionById(trx, store.accountId, extensionId);
        if (!ext) throw ctx.fail('userDelegationAssistantDoesNotExist', { delegation_assistant_extension_id: extensionId });
        if (ext.kind !== 'user' && ext.kind !== 'commonArea') throw ctx.fail('delegationAssistantIsNotAUser');
        if (ext.id === user.extension_id) throw selfAssistant();
        if (!(await findDelegation(s, user.id))) {
          await attempt(trx, () =>
            s.insert('user_delegations', { user_id: user.id, extension_id: user.extension_id, privileges: toMask(DEFAULT_PRIVILEGES), privacy: 0, locked: 0, created_at: ctx.clock.now() }),
          );
        }
        if (!(await wentIn(trx, () => s.insert('user_delegation_assistants', { user_id: user.id, extension_id: ext.id, receive_calls: 1, created_at: ctx.clock.now() })))) throw assistantAlreadyAdded({ extensionId: ext.id });
        const delegation = (await findDelegation(s, user.id))!;
        return {
          delegation: {
            assistants: (await presentAssistants(s, await assistantsOf(s, [user.id]))).get(user.id) ?? [],
            privacy: bool(delegation.privacy),
            // The add page's answer lists privileges 1..3 only.
            privileges: fromMask(delegation.privileges).filter((p) => p <= 3) as (1 | 2 | 3)[],
          },
        };
      }
      if (type === 'intercom') throw intercomExtensionRequired();
      if (type === 'voice_mail') {
        const inputs: AccessInput[] = [...(b.voice_mail ? [{ ...b.voice_mail, allow_delete: b.voice_mail.delete, allow_download: b.voice_mail.download }] : []), ...(b.voicemail_access_members ?? [])];
        const rows = await addMembers(ctx, s, user, 'voice_mail', inputs);
        return { voicemail_access_members: rows.map(presentVoicemail) };
      }
      const inputs = (type === 'auto_call_recording' ? b.auto_call_recording_access_members : b.ad_hoc_call_recording_access_members) ?? [];
      const rows = (await addMembers(ctx, s, user, type, inputs)).map(presentRecording);
      return type === 'auto_call_recording' ? { auto_call_recording_access_members: rows } : { ad_hoc_call_recording_access_members: rows };
    });
  },

  async updateAUsersSharedAccessSetting(ctx) {
    const store = await ctx.store();
    const user = await pathUser(ctx, store);
    const type = ctx.params.settingType;
    if (!isSettingType(type)) throw ctx.fail('invalidUserSettingType', { settingType: type });
    const b: BodyOf<'updateAUsersSharedAccessSetting'> = ctx.body ?? {};
    await ctx.db.transaction().execute(async (trx) => {
      const s = store.on(trx);
      if (type === 'delegation') {
        const d = b.delegation ?? {};
        const current = await s.lock('user_delegations', { user_id: user.id }, 'noKeyUpdate');
        if (!current) throw ctx.fail('delegationAssistantsDoNotExist');
        if (d.privileges !== undefined && !validPrivileges(d.privileges)) throw ctx.fail('delegationPrivilegesError');
        await s.patch('user_delegations', { user_id: user.id }, {
          ...(d.privileges !== undefined ? { privileges: toMask(d.privileges) } : {}),
          ...(d.privacy !== undefined ? { privacy: bit(d.privacy) } : {}),
          ...(d.locked !== undefined ? { locked: bit(d.locked) } : {}),
        });
        return;
      }
      await ensureSettings(s, user, ctx.clock.now());
      if (type === 'intercom') {
        const extensionId = b.intercom?.extension_id;
        if (!extensionId) throw intercomExtensionRequired();
        const ext = await extensionById(trx, store.accountId, extensionId);
        if (!ext || ext.id === user.extension_id) throw intercomExtensionDoesNotExist({ extensionId });
        const deviceId = b.intercom?.device_id ?? null;
        const added = await wentIn(trx, () => s.insert('user_intercoms', { user_id: user.id, extension_id: ext.id, device_id: deviceId, created_at: ctx.clock.now() }));
        if (!added && b.intercom?.device_id !== undefined) await s.patch('user_intercoms', { user_id: user.id, extension_id: ext.id }, { device_id: deviceId });
        return;
      }
      const changes: (AccessInput & { shared_id?: string })[] =
        type === 'voice_mail'
          ? [...(b.voice_mail ? [{ ...b.voice_mail, allow_delete: b.voice_mail.delete, allow_download: b.voice_mail.download }] : []), ...(b.voicemail_access_members ?? [])]
          : ((type === 'auto_call_recording' ? b.auto_call_recording_access_members : b.ad_hoc_call_recording_access_members) ?? []);
      for (const c of changes) {
        if (!c.shared_id) throw sharedIdRequired();
        const kept = await s.find('user_access_members', { user_id: user.id, setting: type, shared_id: c.shared_id });
        if (!kept) throw sharedIdDoesNotExist({ sharedId: c.shared_id });
        await s.patch('user_access_members', { shared_id: c.shared_id }, {
          ...(c.allow_delete !== undefined ? { allow_delete: bit(c.allow_delete) } : {}),
          ...(c.allow_download !== undefined ? { allow_download: bit(c.allow_download) } : {}),
          ...(c.allow_sharing !== undefined ? { allow_sharing: bit(c.allow_sharing) } : {}),
        });
      }
    });
  },

  async deleteAUsersSharedAccessSetting(ctx) {
    const store = await ctx.store();
    const user = await pathUser(ctx, store, false);
    const type = settingType(ctx);
    const q = ctx.query ?? {};
    await ctx.db.transaction().execute(async (trx) => {
      const s = store.on(trx);
      if (type === 'delegation') {
        if (q.assistant_extension_id) {
          await s.remove('user_delegation_assistants', { user_id: user.id, extension_id: q.assistant_extension_id });
        } else {
          await s.remove('user_delegation_assistants', { user_id: user.id });
        }
        // A delegation without assistants shows no line to anyone: it goes with its last one.
        if ((await assistantsOf(s, [user.id])).length === 0) await s.remove('user_delegations', { user_id: user.id });
        return;
      }
      if (type === 'intercom') {
        if (!q.intercom_extension_id) throw nothingToDelete();
        await s.remove('user_intercoms', { user_id: user.id, extension_id: q.intercom_extension_id });
        return;
      }
      if (!q.shared_id) throw nothingToDelete();
      const gone = await s.remove('user_access_members', { user_id: user.id, setting: type, shared_id: q.shared_id });
      if (gone === 0) throw sharedIdDoesNotExist({ sharedId: q.shared_id });
    });
  },

  async listSharedLineAppearances(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'shared_line_appearances',
      fetch: (after, limit) => store.page('user_delegations', {}, after, limit),
      count: () => store.count('user_delegations', {}),
      present: async (rows) => {
        const executives = await extensionsOfOwners(store.db, store.accountId, rows.map((r) => r.user_id), 'user');
        const assistants = await presentAssistants(store, await assistantsOf(store, rows.map((r) => r.user_id)));
        const out: Appearance[] = [];
        for (const r of rows) {
          const exec = executives.get(r.user_id);
          const mine = assistants.get(r.user_id) ?? [];
          out.push({
            executive: { name: exec?.name ?? '', extension_number: exec?.number, extension_type: 'user' },
            assistants: mine.map((a) => ({ id: a.id, name: a.display_name, extension_number: a.extension_number, extension_type: a.extension_type as 'user' | 'commonArea' })),
            privileges: appearancePrivileges(r.privileges),
          });
        }
        return out;
      },
    });
  },
});

