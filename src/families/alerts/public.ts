// What other families (and tests) may use of alerts: the alerts simulated
// activity fired. No operation of the documents shows them, and Zoom sends no
// webhook for a call queue alert (an emergency call raises phone.emergency_alert,
// whatever the alerts); they are the sandbox's record that an alert's condition was met.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

export interface FiredAlert {
  alertSettingId: string;
  rule: number;
  /** The target the condition was met on (a call queue's extension id; the caller's site id for an Emergency Call Alert). */
  targetId: string;
  level: 'Warning' | 'Critical';
  /** The figure measured (a percentage, seconds, a number of calls; 1, the call, for an emergency call) and the condition value it reached (an emergency call's: the alert's Severity). */
  measured: number;
  conditionValue: string;
  callId: string;
  /** Sandbox time, epoch ms. */
  at: number;
}

/** The alerts that fired in the account (of one alert setting, when given), oldest first. */
export async function firedAlerts(db: Kysely<Database>, accountId: string, alertSettingId?: string): Promise<FiredAlert[]> {
  let q = db.selectFrom('alerts_fired').selectAll().where('account_id', '=', accountId);
  if (alertSettingId !== undefined) q = q.where('alert_setting_id', '=', alertSettingId);
  const rows = await q.orderBy('seq').execute();
  return rows.map((r) => ({
    alertSettingId: r.alert_setting_id,
    rule: r.rule,
    targetId: r.target_id,
    level: r.level,
    measured: Number(r.measured),
    conditionValue: r.condition_value,
    callId: r.call_id,
    at: Number(r.at),
  }));
}
