// The alerts family's tables: the account's alert settings (a rule of a module, its
// conditions, time frame and whom it tells), the targets each watches (one row per
// target: a unique index keeps one alert of a rule on a target), what the family
// keeps of the calls that reached a watched call queue, and the alerts that fired.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface AlertSettingTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  /** 1 Call Queue, 2 Route Group, 3 Devices & Phones, 4 Call Quality, 5 Emergency Services Management. */
  module: number;
  /** 1..14, a rule of the module (rules.ts). */
  rule: number;
  /** JSON: [{ rule_condition_type, rule_condition_value }], in the order given. */
  conditions: string;
  /** 1 User, 2 Account, 3 Call Queue, 4 Site, 5 Device. */
  target_type: number;
  time_frame_type: 'all_day' | 'specific_time';
  /** HH:mm:ss; 00:00:00 for all_day. */
  time_frame_from: string;
  time_frame_to: string;
  /** Minutes; null when not given (modules 1-4 only). */
  frequency: number | null;
  /** JSON: string[]. */
  email_recipients: string;
  /** JSON: [{ chat_channel_name, end_point, token }] (modules 1-4 only). */
  chat_channels: string;
  /** 1 active, 0 inactive. */
  status: number;
  created_at: number;
  updated_at: number;
}

export interface AlertSettingTargetTable {
  seq: Generated<number>;
  account_id: string;
  alert_setting_id: string;
  /** The setting's rule, copied so that the unique index (account, rule, target) can hold "one alert of a rule on a target". */
  rule: number;
  target_type: number;
  /** An extension id (call queue, user), a site id, a device id, or the account's id for an Account target. */
  target_id: string;
}

/** A call that reached a call queue an active alert watches, as the alert measures it. */
export interface AlertQueueCallTable {
  seq: Generated<number>;
  account_id: string;
  queue_extension_id: string;
  call_id: string;
  /** When the call reached the queue, and when it stopped waiting there (answered, abandoned, overflowed). */
  start_at: number;
  wait_end_at: number;
  wait_seconds: number;
  outcome: 'answered' | 'abandoned' | 'overflowed' | 'voicemail';
}

/** An alert that fired: a setting's condition met on one of its targets by simulated activity. */
export interface AlertFiredTable {
  seq: Generated<number>;
  account_id: string;
  alert_setting_id: string;
  rule: number;
  target_id: string;
  level: 'Warning' | 'Critical';
  /** What was measured (a percentage, seconds, a count) and the condition's value it reached. */
  measured: number;
  condition_value: string;
  /** The call that made the condition true. */
  call_id: string;
  at: number;
}

/** One row per account that has added alerts of a limited rule: locked while such an add counts them. */
export interface AlertLimitTable {
  account_id: string;
}

export interface AlertsTables {
  alert_settings: AlertSettingTable;
  alert_setting_targets: AlertSettingTargetTable;
  alert_queue_calls: AlertQueueCallTable;
  alerts_fired: AlertFiredTable;
  alert_limits: AlertLimitTable;
}

declare module '../../store/schema.ts' {
  interface Database extends AlertsTables {}
}

export const owner = owns('alerts', ['alert_settings', 'alert_setting_targets', 'alert_queue_calls', 'alerts_fired', 'alert_limits']);
