// What simulated calls make of the call queue alerts: each call that reached a
// queue an active Call Queue Management alert watches is kept ('calls.completed'),
// and the alert's rule is measured over the queue's calls of the last `frequency`
// minutes (5 when not set); a condition reached, in the alert's time frame (read
// in the queue's time zone, UTC when it has none), is recorded as a fired alert,
// once per level per `frequency` minutes.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { CompletedCall } from '../call-logs/public.ts';
import { callQueueTimezone } from '../call-queues/public.ts';
import { COND, DEFAULT_FREQUENCY, inTimeFrame, localTime, TARGET, type Condition } from './rules.ts';
import { insertRows } from '../../kit/store.ts';
import type { AlertFiredTable, AlertQueueCallTable } from './tables.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** The Call Queue Management rules a call can measure: Service Level, Abandoned, Overflowed, Avg Waiting Time, Forwarded to Voicemail, Waiting Calls. */
const MEASURED_RULES = [1, 2, 3, 4, 5, 6];

type Visit = Omit<AlertQueueCallTable, 'seq'>;

interface Watching {
  id: string;
  rule: number;
  conditions: Condition[];
  frame: { time_frame_type: string; time_frame_from: string; time_frame_to: string };
  windowMs: number;
}

/** The visit of a call to a watched queue: its queue leg, and what became of the wait. */
function visitsOf(call: CompletedCall, watched: Set<string>): Visit[] {
  const out: Visit[] = [];
  for (const leg of call.legs) {
    const queue = leg.callee.extensionId;
    if (leg.callee.extensionType !== 'call_queue' || !queue || !watched.has(queue) || leg.event === 'ring_to_member') continue;
    let outcome: Visit['outcome'];
    if (leg.result === 'answered') outcome = 'answered';
    else if (leg.result === 'abandoned') outcome = 'abandoned';
    else if (leg.result === 'overflowed') {
      // Overflowed into the queue's own mailbox, or on to wherever its overflow routes.
      outcome = call.legs.some((l) => l.operator?.extensionId === queue && l.result === 'voicemail') ? 'voicemail' : 'overflowed';
    } else continue;
    const waitEnd = outcome === 'answered' ? (leg.answerAt ?? leg.endAt) : leg.endAt;
    out.push({
      account_id: call.accountId,
      queue_extension_id: queue,
      call_id: call.callId,
      start_at: leg.startAt,
      wait_end_at: waitEnd,
      wait_seconds: Math.round((waitEnd - leg.startAt) / SECOND),
      outcome,
    });
  }
  return out;
}

/** Longest a caller waits in a queue, for reading back only the visits a window can hold (the queue's wait is capped far below). */
const LONGEST_WAIT = 2 * 60 * MINUTE;

/** The rule's figure for the queue, as at `visit`, from the queue's visits (oldest first, `visit` among them): a percentage, seconds, or a count of calls. */
function measure(w: Watching, visit: Visit, visits: Visit[]): number | undefined {
  const from = w.rule === 6 ? visit.start_at : visit.wait_end_at - w.windowMs;
  const rows: Visit[] = [];
  for (let i = visits.length - 1; i >= 0; i--) {
    const v = visits[i]!;
    if (v.start_at < from - LONGEST_WAIT) break;
    if (w.rule === 6 ? v.start_at <= visit.start_at && (v.wait_end_at > visit.start_at || v === visit) : v.wait_end_at > from && v.wait_end_at <= visit.wait_end_at) rows.push(v);
  }
  // Number of Waiting Calls: the calls waiting in the queue as this one started to wait (itself too).
  if (w.rule === 6) return rows.length;
  if (rows.length === 0) return undefined;
  const share = (n: number) => Math.round((n / rows.length) * 10000) / 100;
  switch (w.rule) {
    case 1: {
      const threshold = Number(w.conditions.find((c) => c.rule_condition_type === COND.threshold)?.rule_condition_value ?? 0);
      return share(rows.filter((r) => r.outcome === 'answered' && r.wait_seconds <= threshold).length);
    }
    case 2:
      return share(rows.filter((r) => r.outcome === 'abandoned').length);
    case 3:
      return share(rows.filter((r) => r.outcome === 'overflowed').length);
    case 4:
      return Math.round((rows.reduce((sum, r) => sum + r.wait_seconds, 0) / rows.length) * 100) / 100;
    case 5:
      return share(rows.filter((r) => r.outcome === 'voicemail').length);
  }
  return undefined;
}

/** The level the figure reaches: Critical before Warning. Service Level alerts when it falls to or below the value; the others when they reach it. */
function levelOf(rule: number, conditions: Condition[], figure: number): { level: 'Warning' | 'Critical'; value: string } | undefined {
  for (const [type, level] of [
    [COND.critical, 'Critical'],
    [COND.warning, 'Warning'],
  ] as const) {
    const c = conditions.find((x) => x.rule_condition_type === type);
    if (!c) continue;
    const v = Number(c.rule_condition_value);
    if (rule === 1 ? figure <= v : figure >= v) return { level, value: c.rule_condition_value };
  }
  return undefined;
}

/**
 * The listener of 'calls.completed': keeps the watched queues' calls and records the
 * alerts they fire. A batch of traffic is measured in memory over the visits read
 * back once per queue, and written in multi-row inserts.
 */
export async function watchCalls(db: Kysely<Database>, accountId: string, calls: CompletedCall[]): Promise<void> {
  const rows = await db
    .selectFrom('alert_setting_targets as t')
    .innerJoin('alert_settings as s', 's.id', 't.alert_setting_id')
    .select(['s.id', 's.rule', 's.conditions', 's.time_frame_type', 's.time_frame_from', 's.time_frame_to', 's.frequency', 't.target_id'])
    .where('t.account_id', '=', accountId)
    .where('s.account_id', '=', accountId)
    .where('s.status', '=', 1)
    .where('s.module', '=', 1)
    .where('s.rule', 'in', MEASURED_RULES)
    .where('t.target_type', '=', TARGET.callQueue)
    .orderBy('s.seq')
    .execute();
  if (rows.length === 0) return;
  const byQueue = new Map<string, Watching[]>();
  for (const r of rows) {
    const w: Watching = {
      id: r.id,
      rule: r.rule,
      conditions: JSON.parse(r.conditions) as Condition[],
      frame: { time_frame_type: r.time_frame_type, time_frame_from: r.time_frame_from, time_frame_to: r.time_frame_to },
      windowMs: (r.frequency ?? DEFAULT_FREQUENCY) * MINUTE,
    };
    byQueue.set(r.target_id, [...(byQueue.get(r.target_id) ?? []), w]);
  }
  const watched = new Set(byQueue.keys());
  const made = calls.flatMap((call) => visitsOf(call, watched).map((visit) => ({ call, visit })));
  if (made.length === 0) return;

  const earliest = made.reduce((min, m) => Math.min(min, m.visit.start_at), Infinity) - LONGEST_WAIT - 60 * MINUTE;
  const settingIds = rows.map((r) => r.id);
  const queues = [...new Set(made.map((m) => m.visit.queue_extension_id))];
  // What the batch stands on: the queues' visits and the alerts' last firings since the earliest window opened.
  const before = await db
    .selectFrom('alert_queue_calls')
    .select(['account_id', 'queue_extension_id', 'call_id', 'start_at', 'wait_end_at', 'wait_seconds', 'outcome'])
    .where('account_id', '=', accountId)
    .where('queue_extension_id', 'in', queues)
    .where('wait_end_at', '>', earliest)
    .orderBy('start_at')
    .orderBy('seq')
    .execute();
  const visitsByQueue = new Map<string, Visit[]>(queues.map((q) => [q, []]));
  for (const v of before) visitsByQueue.get(v.queue_extension_id)!.push({ ...v, start_at: Number(v.start_at), wait_end_at: Number(v.wait_end_at), wait_seconds: Number(v.wait_seconds) });
  const lastFired = new Map<string, number>();
  const firedBefore = await db
    .selectFrom('alerts_fired')
    .select(['alert_setting_id', 'target_id', 'level', 'at'])
    .where('account_id', '=', accountId)
    .where('alert_setting_id', 'in', settingIds)
    .where('at', '>', earliest)
    .execute();
  const key = (settingId: string, target: string, level: string) => `${settingId}|${target}|${level}`;
  for (const f of firedBefore) {
    const k = key(f.alert_setting_id, f.target_id, f.level);
    lastFired.set(k, Math.max(lastFired.get(k) ?? 0, Number(f.at)));
  }

  const zones = new Map<string, string | null>();
  for (const q of queues) zones.set(q, await callQueueTimezone(db, accountId, q));
  const fired: Omit<AlertFiredTable, 'seq'>[] = [];
  for (const { call, visit } of made) {
    const queue = visit.queue_extension_id;
    const visits = visitsByQueue.get(queue)!;
    visits.push(visit);
    const local = localTime(visit.start_at, zones.get(queue)!);
    for (const w of byQueue.get(queue)!) {
      if (!inTimeFrame(w.frame, local)) continue;
      const figure = measure(w, visit, visits);
      if (figure === undefined) continue;
      const reached = levelOf(w.rule, w.conditions, figure);
      if (!reached) continue;
      // "The frequency of alert triggers": a level fires once per frequency minutes for the alert and its queue.
      const k = key(w.id, queue, reached.level);
      const last = lastFired.get(k);
      if (last !== undefined && last > visit.wait_end_at - w.windowMs) continue;
      lastFired.set(k, visit.wait_end_at);
      fired.push({
        account_id: accountId,
        alert_setting_id: w.id,
        rule: w.rule,
        target_id: queue,
        level: reached.level,
        measured: figure,
        condition_value: reached.value,
        call_id: call.callId,
        at: visit.wait_end_at,
      });
    }
  }
  await insertRows(db, 'alert_queue_calls', made.map((m) => m.visit));
  await insertRows(db, 'alerts_fired', fired);
}
