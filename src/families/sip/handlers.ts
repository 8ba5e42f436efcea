// Handlers of the sip room, keyed by operationId: SIP connected audio (internal
// numbers, trunk assignment), SIP phones, and the SIP group and BYOC trunk lists.
import { defineHandlers, type BodyOf, type ItemOf, type RequestContext } from '../../kit/context.ts';
import { findAccount, type Account } from '../../platform/accounts.ts';
import {
  countAccountTrunks,
  countSipGroups,
  dnisInUse,
  findOwnTrunks,
  findPhoneUserByEmail,
  heldInternalNumbers,
  insertInternalNumber,
  insertSipPhone,
  linkTrunk,
  linkedTrunkIds,
  listAccountTrunks,
  listSipGroups,
  type TrunkRow,
} from './store.ts';
import {
  blankField,
  dnisTaken,
  expireNotPositive,
  fieldRequired,
  internalNumberHeld,
  masterAccountOnly,
  noSipTrunks,
  sipPhoneExists,
  sipPhoneUserNotFound,
  trunkAlreadyAssigned,
  trunkNotFound,
  trunkTargetNotSubAccount,
  trunkTwice,
} from './errors.ts';
import {
  checkSubAccountDnis,
  DEFAULT_REGISTRATION_EXPIRE_MINUTES,
  normalizeInternalNumbers,
  sourceSystem,
  splitSipPhoneEmail,
  trunkType,
  type InternalNumber,
} from './rules.ts';

type AddedInternalNumber = ItemOf<'addInternalNumbers', 'internal_numbers'>;
type AssignedTrunk = ItemOf<'assignSipTrunks', 'sip_trunks'>;
type TrunkRequest = NonNullable<BodyOf<'assignSipTrunks'>['sip_trunks']>[number];
type SipGroup = ItemOf<'listSipGroups', 'sip_groups'>;
type NmSipGroup = ItemOf<'listSipGroupsForNumberManagement', 'sip_groups'>;
type ByocTrunk = ItemOf<'listByocSipTrunks', 'byoc_sip_trunk'>;
type NmByocTrunk = ItemOf<'listByocSipTrunksForNumberManagement', 'byoc_sip_trunk'>;
type GroupRow = Awaited<ReturnType<typeof listSipGroups>>[number];
type TrunkLinkRow = Awaited<ReturnType<typeof listAccountTrunks>>[number];

/** The fields of a SIP phone registration the page marks required: each must say something. */
const SIP_PHONE_REQUIRED = ['user_email', 'user_name', 'authorization_name', 'password', 'domain', 'register_server', 'proxy_server', 'voice_mail'] as const satisfies readonly (keyof BodyOf<'enableSipPhone'>)[];

const addedInternalNumber = (id: string, n: InternalNumber): AddedInternalNumber => ({ id, ...n });

const assignedTrunk = (trunk: TrunkRow, dnis: string): AssignedTrunk => ({
  id: trunk.id,
  name: trunk.name,
  sip_server_address: trunk.sip_server_address,
  number_prefix: trunk.number_prefix,
  dnis,
});

const sipGroup = (g: GroupRow): SipGroup => ({
  id: g.id,
  display_name: g.display_name,
  description: g.description,
  send_sip_group_name: g.send_sip_group_name === 1,
  sip_trunk: g.trunk_id && g.trunk_name ? { id: g.trunk_id, name: g.trunk_name } : undefined,
});

const nmSipGroup = (g: GroupRow): NmSipGroup => ({
  sip_group_id: g.id,
  display_name: g.display_name,
  description: g.description,
  send_sip_group_name: g.send_sip_group_name === 1,
  sip_trunk: g.trunk_id && g.trunk_name ? { sip_trunk_id: g.trunk_id, name: g.trunk_name, type: trunkType(g.trunk_type) } : undefined,
  source_system: sourceSystem(g.source_system),
});

const byocTrunk = (t: TrunkLinkRow): ByocTrunk => ({
  id: t.id,
  name: t.name,
  carrier: t.carrier,
  carrier_account: t.carrier_account,
  region: t.region,
  sbc_label: t.sbc_label,
});

const nmByocTrunk = (t: TrunkLinkRow): NmByocTrunk => ({
  sip_trunk_id: t.id,
  name: t.name,
  carrier: t.carrier,
  carrier_account: t.carrier_account,
  region: t.region,
  sbc_label: t.sbc_label,
  source_system: sourceSystem(t.source_system),
});

/** SIP connected audio is administered by the master account; a sub account's own token may not. */
async function masterCaller(ctx: Pick<RequestContext, 'db' | 'caller'>, what: string): Promise<Account> {
  const caller = await findAccount(ctx.db, ctx.caller.accountId);
  if (!caller || caller.parent_id) throw masterAccountOnly('accountId', { action: what });
  return caller;
}

export const handlers = defineHandlers({
  async addInternalNumbers(ctx) {
    const master = await masterCaller(ctx, 'add internal numbers');
    const store = await ctx.store();
    const numbers = normalizeInternalNumbers(ctx.body?.internal_numbers);
    const now = ctx.clock.now();
    const created = await ctx.db.transaction().execute(async (trx) => {
      const target = store.on(trx);
      // Held anywhere in the master's organization, not only by the target account.
      const held = await heldInternalNumbers(trx, master.id, numbers.map((n) => n.number));
      const out: AddedInternalNumber[] = [];
      for (const [i, n] of numbers.entries()) {
        const field = `internal_numbers[${i}].number`;
        const id = ctx.ids.next();
        if (held.has(n.number) || !(await insertInternalNumber(target, id, n, now))) {
          throw internalNumberHeld(field, { number: n.number });
        }
        out.push(addedInternalNumber(id, n));
      }
      return out;
    });
    return { internal_numbers: created };
  },

  async assignSipTrunks(ctx) {
    const master = await masterCaller(ctx, 'assign SIP trunks');
    const store = await ctx.store();
    if (store.accountId === master.id) throw trunkTargetNotSubAccount('accountId');
    const asked: TrunkRequest[] = ctx.body?.sip_trunks ?? [];
    if (asked.length === 0) throw noSipTrunks('sip_trunks');
    const owned = await findOwnTrunks(ctx.db, master.id, asked.map((t) => t.id).filter((id): id is string => !!id));
    const seen = new Set<string>();
    const plan = asked.map((t, i) => {
      const at = `sip_trunks[${i}]`;
      const trunk = t.id ? owned.get(t.id) : undefined;
      if (!t.id) throw fieldRequired(`${at}.id`);
      if (!trunk) throw trunkNotFound(`${at}.id`, { id: t.id });
      if (seen.has(trunk.id)) throw trunkTwice(`${at}.id`, { id: t.id });
      seen.add(trunk.id);
      checkSubAccountDnis(`${at}.dnis`, t.dnis, trunk.dnis);
      return { at, trunk, dnis: t.dnis!, outbound_caller_id: t.outbound_caller_id ?? null };
    });
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const target = store.on(trx);
      const already = await linkedTrunkIds(target, plan.map((p) => p.trunk.id));
      for (const p of plan) {
        if (already.has(p.trunk.id)) throw trunkAlreadyAssigned(`${p.at}.id`, { id: p.trunk.id });
        const linked = await linkTrunk(target, {
          trunk_id: p.trunk.id,
          dnis: p.dnis,
          outbound_caller_id: p.outbound_caller_id,
          source_system: p.trunk.source_system,
          created_at: now,
        });
        if (!linked) {
          if (await dnisInUse(trx, master.id, p.trunk.id, p.dnis)) throw dnisTaken(`${p.at}.dnis`, { dnis: p.dnis, id: p.trunk.id });
          throw trunkAlreadyAssigned(`${p.at}.id`, { id: p.trunk.id });
        }
      }
    });
    return { sip_trunks: plan.map((p) => assignedTrunk(p.trunk, p.dnis)) };
  },

  async enableSipPhone(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    for (const field of SIP_PHONE_REQUIRED) {
      if (typeof b[field] !== 'string' || !b[field].trim()) throw blankField(field);
    }
    if (b.registration_expire_time !== undefined && b.registration_expire_time < 1) throw expireNotPositive('registration_expire_time');
    const given = String(b.user_email).trim().toLowerCase();
    let { email, platform } = splitSipPhoneEmail(given);
    let user = await findPhoneUserByEmail(store, email);
    if (!user && platform) {
      // an address whose own domain ends like a platform suffix
      user = await findPhoneUserByEmail(store, given);
      if (user) ({ email, platform } = { email: given, platform: '' });
    }
    if (!user) throw sipPhoneUserNotFound({ userEmail: b.user_email });
    const inserted = await insertSipPhone(store, {
      id: ctx.ids.next(),
      user_id: user.id,
      user_email: given,
      platform,
      user_name: b.user_name,
      authorization_name: b.authorization_name,
      password: b.password,
      domain: b.domain,
      register_server: b.register_server,
      proxy_server: b.proxy_server,
      voice_mail: b.voice_mail,
      transport_protocol: b.transport_protocol ?? null,
      registration_expire_time: b.registration_expire_time ?? DEFAULT_REGISTRATION_EXPIRE_MINUTES,
      data: JSON.stringify({
        register_server2: b.register_server2,
        register_server3: b.register_server3,
        proxy_server2: b.proxy_server2,
        proxy_server3: b.proxy_server3,
        transport_protocol2: b.transport_protocol2,
        transport_protocol3: b.transport_protocol3,
      }),
      created_at: ctx.clock.now(),
    });
    if (!inserted) {
      throw sipPhoneExists('user_email', { email, platforms: platform ? `for the ${platform} platform` : 'for all platforms' });
    }
    return undefined;
  },

  async listSipGroups(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'sip_groups',
      fetch: (after, limit) => listSipGroups(store, undefined, after, limit),
      count: () => countSipGroups(store),
      present: (rows) => rows.map(sipGroup),
    });
  },

  async listSipGroupsForNumberManagement(ctx) {
    const store = await ctx.store();
    const product = ctx.query.allocated_product;
    if (!product) throw ctx.fail('productCannotBeEmpty');
    return ctx.list({
      items: 'sip_groups',
      filters: { allocated_product: product },
      // The contract gives this page_size no maximum; 300, as the Phone list of SIP groups documents.
      maxPageSize: 300,
      fetch: (after, limit) => listSipGroups(store, product, after, limit),
      count: () => countSipGroups(store, product),
      present: (rows) => rows.map(nmSipGroup),
    });
  },

  async listByocSipTrunks(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'byoc_sip_trunk',
      fetch: (after, limit) => listAccountTrunks(store, undefined, after, limit),
      count: () => countAccountTrunks(store),
      present: (rows) => rows.map(byocTrunk),
    });
  },

  async listByocSipTrunksForNumberManagement(ctx) {
    const store = await ctx.store();
    const product = ctx.query.allocated_product;
    return ctx.list({
      items: 'byoc_sip_trunk',
      filters: { allocated_product: product },
      // The contract gives this page_size no maximum; 100, as the Phone list of the same trunks documents.
      maxPageSize: 100,
      fetch: (after, limit) => listAccountTrunks(store, product, after, limit),
      count: () => countAccountTrunks(store, product),
      present: (rows) => rows.map(nmByocTrunk),
    });
  },
});
