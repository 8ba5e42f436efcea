// What simulated emergency calls make of the Emergency Call Alert (module 5, rule 14):
// an emergency call that reached emergency services, placed by an extension (a user,
// a common area) of a site an active alert watches, in the alert's time frame (read
// in the site's time zone — its main auto receptionist's — UTC without one), is
// recorded as a fired alert of the alert's Severity, one per call (the rule has no
// frequency). A call the caller's allow_emergency_calls policy refused reached nobody
// and fires nothing.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { CompletedCall } from '../call-logs/public.ts';
import { siteTimeZones } from '../auto-receptionists/public.ts';
import { insertRows } from '../../kit/store.ts';
import { COND, inTimeFrame, localTime, TARGET, type Condition } from './rules.ts';
import type { AlertFiredTable } from './tables.ts';

const EMERGENCY_CALL_ALERT = 14;

/** The listener of 'calls.completed' for emergency calls: records the Emergency Call Alerts they fire. */
export async function watchEmergencyCalls(db: Kysely<Database>, accountId: string, calls: CompletedCall[]): Promise<void> {
  const placed = calls.filter((c) => c.emergency?.delivered && c.caller.siteId);
  if (placed.length === 0) return;
  const sites = [...new Set(placed.map((c) => c.caller.siteId!))];
  const rows = await db
    .selectFrom('alert_setting_targets as t')
    .innerJoin('alert_settings as s', 's.id', 't.alert_setting_id')
    .select(['s.id', 's.conditions', 's.time_frame_type', 's.time_frame_from', 's.time_frame_to', 't.target_id'])
    .where('t.account_id', '=', accountId)
    .where('s.account_id', '=', accountId)
    .where('s.status', '=', 1)
    .where('s.rule', '=', EMERGENCY_CALL_ALERT)
    .where('t.target_type', '=', TARGET.site)
    .where('t.target_id', 'in', sites)
    .orderBy('s.seq')
    .execute();
  if (rows.length === 0) return;
  const zones = await siteTimeZones(db, accountId, [...new Set(rows.map((r) => r.target_id))]);
  const fired: Omit<AlertFiredTable, 'seq'>[] = [];
  for (const call of placed) {
    const site = call.caller.siteId!;
    const local = localTime(call.startAt, zones.get(site) ?? null);
    for (const r of rows) {
      if (r.target_id !== site || !inTimeFrame(r, local)) continue;
      const severity = (JSON.parse(r.conditions) as Condition[]).find((c) => c.rule_condition_type === COND.severity)?.rule_condition_value;
      if (severity !== 'Warning' && severity !== 'Critical') continue;
      fired.push({
        account_id: accountId,
        alert_setting_id: r.id,
        rule: EMERGENCY_CALL_ALERT,
        target_id: site,
        level: severity,
        // One emergency call.
        measured: 1,
        condition_value: severity,
        call_id: call.callId,
        at: call.startAt,
      });
    }
  }
  await insertRows(db, 'alerts_fired', fired);
}
