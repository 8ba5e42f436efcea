// An alert's targets: the ids a request names, checked with their owners (the
// extension directory for call queues and users, sites, phone-devices), and how
// the list and the details show them.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ItemOf } from '../../kit/context.ts';
import { extensionsByIds, holdExtension } from '../extensions/public.ts';
import { findSite, holdSite, siteNames } from '../sites/public.ts';
import { devicesByIds } from '../phone-devices/public.ts';
import { TARGET, type TargetType } from './rules.ts';
import type { TargetRow } from './store.ts';

type DetailTarget = ItemOf<'getAlertSettingDetails', 'targets'>;

/**
 * The target ids as kept (each once, in the order given), or the first the account
 * has none of as the target type says ("The target id:{0} is invalid."). An Account
 * target is the account itself. Inside a transaction, queues, users and sites are
 * held so that their removal waits for the commit (and its listener then lets go).
 */
export async function resolveTargets(db: Kysely<Database>, accountId: string, targetType: number, given: string[]): Promise<{ ids: string[] } | { invalid: string }> {
  if (targetType === TARGET.account) return { ids: [accountId] };
  const ids = [...new Set(given.map((id) => id.trim()))];
  const hold = db.isTransaction;
  if (targetType === TARGET.callQueue || targetType === TARGET.user) {
    const kind = targetType === TARGET.callQueue ? 'callQueue' : 'user';
    for (const id of ids) {
      const ext = hold ? await holdExtension(db, accountId, id) : (await extensionsByIds(db, accountId, [id])).get(id);
      if (!ext || ext.kind !== kind) return { invalid: id };
    }
    return { ids };
  }
  if (targetType === TARGET.site) {
    for (const id of ids) if (!(hold ? await holdSite(db, accountId, id) : await findSite(db, accountId, id))) return { invalid: id };
    return { ids };
  }
  const devices = await devicesByIds(db, accountId, ids);
  const missing = ids.find((id) => !devices.has(id));
  return missing !== undefined ? { invalid: missing } : { ids };
}

/** The targets as the details show them (a device the account no longer has is left out), for a page of settings at once. */
export async function shownTargets(db: Kysely<Database>, account: { id: string; name: string }, rows: TargetRow[]): Promise<Map<TargetRow, DetailTarget>> {
  const extIds = rows.filter((r) => r.target_type === TARGET.callQueue || r.target_type === TARGET.user).map((r) => r.target_id);
  const devices = await devicesByIds(db, account.id, rows.filter((r) => r.target_type === TARGET.device).map((r) => r.target_id));
  const assigneeIds = [...devices.values()].flatMap((d) => d.assignees.map((a) => a.extensionId));
  const extensions = await extensionsByIds(db, account.id, [...extIds, ...assigneeIds]);
  const siteIds = [
    ...rows.filter((r) => r.target_type === TARGET.site).map((r) => r.target_id),
    ...[...extensions.values()].map((e) => e.siteId),
    ...[...devices.values()].map((d) => d.siteId),
  ].filter((id): id is string => !!id);
  const sites = await siteNames(db, account.id, [...new Set(siteIds)]);
  const siteOf = (id: string | null | undefined) => (id ? sites.get(id) : undefined);
  const out = new Map<TargetRow, DetailTarget>();
  for (const row of rows) {
    const r = { ...row, target_type: row.target_type as TargetType };
    if (r.target_type === TARGET.account) out.set(row, { target_id: account.id, target_name: account.name, target_type: r.target_type });
    else if (r.target_type === TARGET.site) {
      const site = sites.get(r.target_id);
      if (site) out.set(row, { target_id: r.target_id, target_name: site.name, target_type: r.target_type });
    } else if (r.target_type === TARGET.device) {
      const d = devices.get(r.target_id);
      if (!d) continue;
      const site = siteOf(d.siteId);
      out.set(row, {
        target_id: d.id,
        target_name: d.name,
        target_type: r.target_type,
        ...(site ? { site: { id: site.id, name: site.name } } : {}),
        assignees: d.assignees.map((a) => {
          const ext = extensions.get(a.extensionId);
          return { extension_id: a.extensionId, extension_type: a.extensionType, ...(ext ? { extension_number: ext.number, name: ext.name } : {}) };
        }),
      });
    } else {
      const ext = extensions.get(r.target_id);
      if (!ext) continue;
      const site = siteOf(ext.siteId);
      out.set(row, {
        target_id: r.target_id,
        target_name: ext.name,
        target_type: r.target_type,
        target_extension_number: ext.number,
        ...(site ? { site: { id: site.id, name: site.name } } : {}),
      });
    }
  }
  return out;
}
