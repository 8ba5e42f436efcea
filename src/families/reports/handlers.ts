// Handlers of the reports family, keyed by operationId and typed from the
// contract. The call charges report reads the rows this family wrote as each
// call ended ('calls.completed'), priced by the sandbox's rate table
// (rates.ts); the operation logs report reads what the platform logged of every
// write the API accepted (src/platform/operation-log.ts).
import { defineHandlers } from '../../kit/context.ts';
import { isoSeconds } from '../../clock.ts';
import { addMonths, DAY_MS, isProblem, WHY, windowOf } from '../dashboard/public.ts';
import { findBillingAccount } from '../billing/public.ts';
import { badWindow } from './errors.ts';
import type { ChargeData } from './record.ts';
import { countCharges, countOperationLogs, pageCharges, pageOperationLogs, type ChargeFilters } from './store.ts';

/** getCallChargesUsageReport: "If unspecified, it returns data from the past 30 days" (Zoom's parameter text). */
export const CHARGES_DEFAULT_MS = 30 * DAY_MS;
/** "Report is provided only for recent 13 months": `from` no earlier than 13 months before today. */
export const CHARGES_MONTHS = 13;
/** getOperationLogsReport: "If unspecified, returns data within the 24 hours" (Zoom's parameter text). */
export const LOGS_DEFAULT_MS = DAY_MS;

const startOfDay = (at: number) => at - (at % DAY_MS);

export const handlers = defineHandlers({
  async getCallChargesUsageReport(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const now = ctx.clock.now();
    const w = windowOf(q.from, q.to, now, CHARGES_DEFAULT_MS);
    if (isProblem(w)) throw badWindow({ param: w.param, why: WHY[w.why] });
    if (w.from < addMonths(startOfDay(now), -CHARGES_MONTHS)) throw ctx.fail('invalidStartDateReportIsProvided');
    if (q.billing_account_id && !(await findBillingAccount(store.db, store.accountId, q.billing_account_id))) throw ctx.fail('billingAccountIdIsInvalid');
    const f: ChargeFilters = { chargesOnly: q.show_charges_only === true, billingAccountId: q.billing_account_id || undefined };
    const body = await ctx.list({
      items: 'call_charges',
      filters: { ...f, from: q.from, to: q.to },
      fetch: (after, limit) => pageCharges(store, f, w, after, limit),
      count: () => countCharges(store, f, w),
      present: (rows) =>
        rows.map((r) => {
          const d = JSON.parse(r.data) as ChargeData;
          return { ...d, end_time: isoSeconds(d.end_time) };
        }),
    });
    return { ...body, from: w.fromText, to: w.toText };
  },

  async getOperationLogsReport(ctx) {
    const store = await ctx.store();
    const q = ctx.query;
    const w = windowOf(q.from, q.to, ctx.clock.now(), LOGS_DEFAULT_MS);
    if (isProblem(w)) throw badWindow({ param: w.param, why: WHY[w.why] });
    // "By default, the value of this field is all": every category.
    const category = q.category_type && q.category_type.toLowerCase() !== 'all' ? q.category_type : undefined;
    const body = await ctx.list({
      items: 'operation_logs',
      filters: { category, from: q.from, to: q.to },
      fetch: (after, limit) => pageOperationLogs(store, category, w, after, limit),
      count: () => countOperationLogs(store, category, w),
      present: (rows) =>
        rows.map((r) => ({ action: r.action, category_type: r.category_type, operation_detail: r.operation_detail, operator: r.operator, time: isoSeconds(r.at) })),
    });
    return { ...body, from: w.fromText, to: w.toText };
  },
});
