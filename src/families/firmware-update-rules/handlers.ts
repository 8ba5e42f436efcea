// Handlers of the firmware-update-rules family, keyed by operationId: the
// account's rules naming, per site and device model, the firmware version its
// desk phones are to run, chosen from the sandbox's catalogue (catalogue.ts),
// which listUpdatableFirmwares shows.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { defineHandlers, type ItemOf } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import type { AccountStore } from '../../kit/store.ts';
import type { ZoomError } from '../../errors.ts';
import { allSites, findSite, holdSite } from '../sites/public.ts';
import { AVAILABLE, CATALOGUE, findVersion, statusWords, updateLogOf, type Firmware } from './catalogue.ts';
import { worded, WORDS } from './errors.ts';
import { insertRule, type RuleRow } from './store.ts';

type ListItem = ItemOf<'listFirmwareUpdateRules', 'rules'>;

/** "restart_type … default: `1`": what a write that names none restarts by. */
const DEFAULT_RESTART_TYPE = 1;

const present = (row: RuleRow): ListItem => ({
  rule_id: row.id,
  version: row.version,
  device_type: row.device_type,
  device_model: row.device_model,
});

interface Target {
  device_type: string;
  device_model: string;
  version: string;
}

/**
 * The catalogue's model and version a request names, in the catalogue's spelling:
 * a version the model does not have (or of a model the catalogue does not have)
 * is the documented 404; one that is not available is a bad request.
 */
function targetOf(given: Target, notFound: (version: string) => ZoomError, bad: () => ZoomError): Target {
  const found = findVersion(given.device_type, given.device_model, given.version);
  if (!found) throw notFound(given.version);
  if (found.version.status !== AVAILABLE) throw worded(bad(), WORDS.notAvailable(found.version.version, statusWords(found.version.status)), 'version');
  return { device_type: found.model.device_type, device_model: found.model.device_model, version: found.version.version };
}

/** A site the request names must be the account's: a filter of a list on another is a bad request. */
async function checkSite(db: Kysely<Database>, accountId: string, siteId: string | undefined, bad: () => ZoomError): Promise<void> {
  if (siteId !== undefined && !(await findSite(db, accountId, siteId))) throw worded(bad(), WORDS.siteNotFound(siteId), 'site_id');
}

/**
 * The site a new rule goes on, held until the rule is written (a concurrent delete
 * of the site waits, then takes the rule with it). "Required if multiple sites are
 * enabled": without site_id, the account's one site.
 */
async function siteForRule(trx: Kysely<Database>, store: AccountStore, siteId: string | undefined, bad: () => ZoomError): Promise<string> {
  let id = siteId;
  if (id === undefined) {
    const sites = await allSites(trx, store.accountId);
    if (sites.length !== 1) throw worded(bad(), WORDS.siteRequired, 'site_id');
    id = sites[0].id;
  }
  const site = await holdSite(trx, store.accountId, id);
  if (!site) throw worded(bad(), WORDS.siteNotFound(id), 'site_id');
  return site.id;
}

/** The catalogue as listUpdatableFirmwares shows it: with is_update, only the versions a rule may name. */
function firmwaresShown(updatableOnly: boolean): Firmware[] {
  if (!updatableOnly) return CATALOGUE.map((f) => ({ ...f, versions: [...f.versions] }));
  return CATALOGUE.map((f) => ({ ...f, versions: f.versions.filter((v) => v.status === AVAILABLE) })).filter((f) => f.versions.length > 0);
}

export const handlers = defineHandlers({
  async listFirmwareUpdateRules(ctx) {
    const store = await ctx.store();
    const siteId = ctx.query.site_id;
    await checkSite(store.db, store.accountId, siteId, () => ctx.fail('error300'));
    return ctx.list({
      items: 'rules',
      filters: { site_id: siteId },
      fetch: (after, limit) => store.page('firmware_update_rules', { site_id: siteId }, after, limit),
      count: () => store.count('firmware_update_rules', { site_id: siteId }),
      present: (rows) => rows.map(present),
    });
  },

  async addAFirmwareUpdateRule(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const bad = () => ctx.fail('error300');
    const target = targetOf(b, (version) => ctx.fail('firmwareVersionDoesNotExistFirmware', { 0: version }), bad);
    return ctx.db.transaction().execute(async (trx) => {
      const siteId = await siteForRule(trx, store, b.site_id, bad);
      const now = ctx.clock.now();
      const id = ctx.ids.next();
      const inserted = await insertRule(store.on(trx), {
        id,
        site_id: siteId,
        ...target,
        restart_type: b.restart_type ?? DEFAULT_RESTART_TYPE,
        created_at: now,
        updated_at: now,
      });
      if (!inserted) throw worded(bad(), WORDS.ruleExists(target.device_type, target.device_model, siteId));
      return { rule_Id: id };
    });
  },

  async getFirmwareUpdateRuleInformation(ctx) {
    const store = await ctx.store();
    const id = ctx.params.ruleId;
    const row = await store.find('firmware_update_rules', { id });
    if (!row) throw ctx.fail('firmwareRuleIdDoesNotExist', { 0: id });
    return {
      device_type: row.device_type,
      device_model: row.device_model,
      version: row.version,
      update_log: updateLogOf(row.device_type, row.device_model, row.version),
    };
  },

  async updateFirmwareUpdateRule(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const id = ctx.params.ruleId;
    const bad = () => ctx.fail('error300');
    let site: string | undefined;
    let target: Target | undefined;
    try {
      // Read and written under the row's lock: concurrent updates of one rule apply one after another.
      await ctx.db.transaction().execute(async (trx) => {
        const rules = store.on(trx);
        const row = await rules.lock('firmware_update_rules', { id }, 'noKeyUpdate');
        if (!row) throw ctx.fail('ruleDoesNotExistRuleId', { 0: id });
        site = row.site_id;
        target = targetOf(b, (version) => ctx.fail('firmwareVersionDoesNotExistFirmware', { 0: version }), bad);
        await rules.patch('firmware_update_rules', { id }, { ...target, restart_type: b.restart_type ?? DEFAULT_RESTART_TYPE, updated_at: ctx.clock.now() });
      });
    } catch (err) {
      // Another rule of the site already names that model: the unique index refused the change.
      if (site && target && isUniqueViolation(err)) throw worded(bad(), WORDS.ruleExists(target.device_type, target.device_model, site));
      throw err;
    }
    return undefined;
  },

  async deleteFirmwareUpdateRule(ctx) {
    const store = await ctx.store();
    const id = ctx.params.ruleId;
    if ((await store.remove('firmware_update_rules', { id })) === 0) throw ctx.fail('ruleDoesNotExistRuleId', { 0: id });
    return undefined;
  },

  async listUpdatableFirmwares(ctx) {
    const store = await ctx.store();
    await checkSite(store.db, store.accountId, ctx.query?.site_id, () => ctx.fail('error300'));
    return { firmwares: firmwaresShown(ctx.query?.is_update === true) };
  },
});
