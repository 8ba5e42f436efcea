// The policy framework's rules, as plain functions of values: which policies exist,
// their defaults, and how a level's value follows from the levels above it
// (account → user group → user): a level inherits each field it did not change; a
// level that locks a policy fixes it, as it reads there, for every level below.
import type { PolicyLevel } from './tables.ts';

/** The fields of each policy type the pages document, with the value of an account that changed nothing. */
export const POLICY_TYPES = {
  // Zoom lets every user place emergency calls from every device until an admin says otherwise.
  allow_emergency_calls: { enable: true, allow_emergency_calls_from_clients: true, allow_emergency_calls_from_deskphones: true },
} as const;

export type PolicyType = keyof typeof POLICY_TYPES;
export type PolicyValue = Record<string, boolean>;

export const isPolicyType = (s: string): s is PolicyType => Object.hasOwn(POLICY_TYPES, s);

/** What one level changed: the fields it set, and whether it locks the policy for the levels below. */
export interface LevelChange {
  value: PolicyValue;
  locked: boolean;
}

export type LockedBy = 'invalid' | PolicyLevel;

export interface Resolved {
  value: PolicyValue;
  locked: boolean;
  /** Where the lock was set; 'invalid' when nothing locks the policy (the enum's word for none). */
  lockedBy: LockedBy;
  /** Whether this level's own change shows (it can be reset); a change under a lock does not. */
  modified: boolean;
}

/**
 * The policy as `chain`'s last level reads it. `chain` runs from the account down to
 * that level, each with its change if it made one. A lock set at a level holds for
 * the levels below it and is shown at the level that set it.
 */
export function resolve(type: PolicyType, chain: { level: PolicyLevel; change?: LevelChange }[]): Resolved {
  let value: PolicyValue = { ...POLICY_TYPES[type] };
  const last = chain.length - 1;
  for (let i = 0; i < chain.length; i++) {
    const { level, change } = chain[i]!;
    if (!change) continue;
    value = { ...value, ...pick(type, change.value) };
    if (change.locked) return { value, locked: true, lockedBy: level, modified: i === last };
  }
  return { value, locked: false, lockedBy: 'invalid', modified: chain[last]?.change !== undefined };
}

/** Only the documented fields of the policy type, booleans only. */
export function pick(type: PolicyType, given: Record<string, unknown>): PolicyValue {
  const out: PolicyValue = {};
  for (const key of Object.keys(POLICY_TYPES[type])) if (typeof given[key] === 'boolean') out[key] = given[key] as boolean;
  return out;
}

/** The level above `chain`'s last whose lock holds it, if any. */
export function lockAbove(chain: { level: PolicyLevel; change?: LevelChange }[]): PolicyLevel | undefined {
  for (const { level, change } of chain.slice(0, -1)) if (change?.locked) return level;
  return undefined;
}
