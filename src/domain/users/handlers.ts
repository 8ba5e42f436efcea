// Zoom Phone users: the people an account has enabled for phone.
import type { HandlerMap, RequestContext } from '../context.ts';
import { documented } from '../errors.ts';
import { countUsers, findUser, listUsers, numbersByAssignee, sitesById, type UserRow } from './store.ts';

async function present(ctx: RequestContext, accountId: string, rows: UserRow[]) {
  const sites = await sitesById(ctx.db, accountId, [...new Set(rows.map((r) => r.site_id).filter((s): s is string => !!s))]);
  const numbers = await numbersByAssignee(ctx.db, accountId, rows.map((r) => r.id));
  return rows.map((r) => {
    const data = JSON.parse(r.data);
    const site = r.site_id ? sites.get(r.site_id) : undefined;
    return {
      id: r.id,
      phone_user_id: r.phone_user_id,
      name: r.name,
      email: r.email,
      extension_id: r.extension_id,
      extension_number: r.extension_number ?? undefined,
      status: r.status,
      activation_status: data.activation_status,
      calling_plans: data.calling_plans ?? [],
      department: r.department ?? undefined,
      cost_center: r.cost_center ?? undefined,
      phone_numbers: numbers.get(r.id) ?? [],
      site: site ? { id: site.id, name: site.name } : undefined,
      emergency_address: data.emergency_address,
    };
  });
}

export const handlers: HandlerMap = {
  async listPhoneUsers(ctx) {
    const account = await ctx.account();
    const { site_id, status, department, cost_center, keyword } = ctx.query;
    const filters = { site_id, status, department, cost_center, keyword };
    const page = await ctx.page(
      ctx.query,
      filters,
      (after, limit) => listUsers(ctx.db, account.id, filters, after, limit),
      () => countUsers(ctx.db, account.id, filters),
    );
    const users = await present(ctx, account.id, page.rows);
    return { next_page_token: page.next_page_token, page_size: page.page_size, total_records: page.total_records, users };
  },

  async getAUsersProfile(ctx) {
    const account = await ctx.account();
    const row = await findUser(ctx.db, account.id, ctx.params.userId);
    if (!row) throw documented(ctx, /user.*(not exist|not found)/i, { status: 404, code: 1001, message: 'User does not exist.' }, { userId: ctx.params.userId });
    const [user] = await present(ctx, account.id, [row]);
    return user;
  },
};
