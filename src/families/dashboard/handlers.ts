// Handlers of the dashboard family, keyed by operationId and typed from the
// contract. The four call views read the dashboard's own rows, written as each
// call ended ('calls.completed'); their QoS figures are generated (qos.ts), and
// the devices' IP addresses show while the account's settings say so. (The
// emergency-services and location views are emergency-locations'.)
import { defineHandlers } from '../../kit/context.ts';
import { deviceIpsShown } from '../account-settings/public.ts';
import { queryList } from '../../kit/query.ts';
import { badQualityType, badWindow, callNotFound } from './errors.ts';
import { presentDetails, presentLogItem, presentPastItem, presentQos } from './present.ts';
import { DEFAULT_WINDOW_MS, QUALITY_TYPES } from './rules.ts';
import { countCalls, findCall, pageCalls, type CallFilters } from './store.ts';
import { isProblem, WHY, windowOf } from './window.ts';

/** A phone number filter in E.164, the '+' optional. */
const e164 = (n: string) => (/^\d+$/.test(n) ? `+${n}` : n);

export const handlers = defineHandlers({
  async listCallLogs(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const w = windowOf(q.from, q.to, ctx.clock.now(), DEFAULT_WINDOW_MS);
    if (isProblem(w)) throw badWindow({ param: w.param, why: WHY[w.why] });
    const quality = q.quality_type || 'all';
    if (!QUALITY_TYPES.has(quality)) throw badQualityType({ value: quality });
    const f: CallFilters = {
      directions: [],
      quality: quality === 'all' ? undefined : (quality as 'good' | 'bad'),
      buckets: [],
      keys: q.site_id ? [{ kind: 'site', value: q.site_id }] : [],
    };
    const ips = await deviceIpsShown(store.db, store.accountId);
    const body = await ctx.list({
      items: 'call_logs',
      filters: { ...f, from: q.from, to: q.to },
      fetch: (after, limit) => pageCalls(store, f, w, after, limit),
      count: () => countCalls(store, f, w),
      present: (rows) => rows.map((row) => presentLogItem(row, ips)),
    });
    return { ...body, from: w.fromText, to: w.toText };
  },

  async getCallDetailsFromCallLog(ctx) {
    const store = await ctx.store();
    const row = await findCall(store, ctx.params.call_id);
    if (!row) throw callNotFound({ callId: ctx.params.call_id });
    return presentDetails(row, await deviceIpsShown(store.db, store.accountId));
  },

  async getCallQoS(ctx) {
    const store = await ctx.store();
    const row = await findCall(store, ctx.params.callId);
    if (!row) throw callNotFound({ callId: ctx.params.callId });
    return presentQos(row, await deviceIpsShown(store.db, store.accountId));
  },

  async listPastCallMetrics(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const w = windowOf(q.from, q.to, ctx.clock.now(), DEFAULT_WINDOW_MS);
    if (isProblem(w)) throw badWindow({ param: w.param, why: WHY[w.why] });
    const keys: CallFilters['keys'] = [];
    if (q.site_id) keys.push({ kind: 'site', value: q.site_id });
    if (q.phone_number) keys.push({ kind: 'phone', value: e164(q.phone_number) });
    if (q.extension_number) keys.push({ kind: 'extension', value: q.extension_number });
    if (q.department) keys.push({ kind: 'department', value: q.department });
    if (q.cost_center) keys.push({ kind: 'cost_center', value: q.cost_center });
    const f: CallFilters = {
      directions: queryList(q.directions),
      quality: q.quality_type,
      buckets: queryList(q.durations).map(Number),
      keys,
    };
    const ips = await deviceIpsShown(store.db, store.accountId);
    const body = await ctx.list({
      items: 'call_logs',
      filters: { ...f, from: q.from, to: q.to },
      fetch: (after, limit) => pageCalls(store, f, w, after, limit),
      count: () => countCalls(store, f, w),
      present: (rows) => rows.map((row) => presentPastItem(row, ips)),
    });
    return { ...body, from: w.fromText, to: w.toText };
  },
});
