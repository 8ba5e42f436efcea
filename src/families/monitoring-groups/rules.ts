// What a monitoring group may hold, from the words of the Monitoring Groups pages
// (and, for which extensions a type monitors, Zoom's "Setting up call monitoring"
// support article the pages link to): the documented enums, the limits of a group,
// and which extensions of the directory a group of each type takes in each role.
// None of these touches the database.
import { enumValue } from '../../kit/enums.ts';
import type { ItemOf, Operations } from '../../kit/context.ts';
import type { ExtensionKind } from '../extensions/public.ts';

type Group = ItemOf<'getAListOfMonitoringGroupsOnAnAccount', 'monitoring_groups'>;
export type Privilege = NonNullable<Group['monitoring_privileges']>[number];
export type GroupType = NonNullable<Group['type']>;
export type MemberType = NonNullable<Operations['getMembersOfAMonitoringGroup']['query']['member_type']>;
type Member = ItemOf<'getMembersOfAMonitoringGroup', 'members'>;
export type ExtensionType = NonNullable<Member['extension_type']>;

/** The documented privileges, in the documents' order: a group shows its own in this order. */
export const PRIVILEGES: readonly Privilege[] = ['listen', 'whisper', 'barge', 'take_over'];
const PRIVILEGE = enumValue<Privilege>({ listen: true, whisper: true, barge: true, take_over: true });
const GROUP_TYPE = enumValue<`${GroupType}`>({ 1: true, 2: true, 3: true, 4: true });

/** "Type should be `1`, `2`, or `3`.": a Shared Line Appearance group (4) is not made through the API. */
export const CREATABLE_TYPES: readonly GroupType[] = [1, 2, 3];

/** "The maximum number of monitors is 100." / "The maximum number of monitored is 100." */
export const MAX_MEMBERS: Record<MemberType, number> = { monitor: 100, monitored: 100 };

/** The privileges as a group keeps them: each once, in the documents' order; undefined when one is none of them. */
export function privilegeSet(given: readonly string[]): Privilege[] | undefined {
  const known = given.map((p) => PRIVILEGE(p));
  if (known.some((p) => p === undefined)) return undefined;
  return PRIVILEGES.filter((p) => known.includes(p));
}

/** A stored privilege list, keeping only the documented words. */
export const storedPrivileges = (json: string): Privilege[] => privilegeSet((JSON.parse(json) as string[]).filter((p) => PRIVILEGE(p))) ?? [];

/** A stored type, or undefined when the contract has no such type. */
export const groupType = (stored: number): GroupType | undefined => (GROUP_TYPE(String(stored)) ? (Number(stored) as GroupType) : undefined);

/** How each kind of the directory is shown as a member; kinds with no extension_type are never members. */
export const EXTENSION_TYPE: Partial<Record<ExtensionKind, ExtensionType>> = {
  user: 'user',
  callQueue: 'call_queue',
  sharedLineGroup: 'shared_line_group',
  commonArea: 'common_area_phone',
};

/**
 * Which kinds a group of each type takes in each role. The type names what is
 * monitored ("Users & Common Areas", "Call Queues", "Shared Line Group", "Shared
 * Line Appearance"); the support article: phone users monitor users and common
 * area phones (type 1) or call queues (type 2), the members of shared line groups
 * monitor each other (type 3), executives and assistants each other (type 4).
 */
export const ELIGIBLE: Record<GroupType, Record<MemberType, readonly ExtensionKind[]>> = {
  1: { monitor: ['user'], monitored: ['user', 'commonArea'] },
  2: { monitor: ['user'], monitored: ['callQueue'] },
  3: { monitor: ['sharedLineGroup'], monitored: ['sharedLineGroup'] },
  4: { monitor: ['user'], monitored: ['user'] },
};

export const TYPE_NAMES: Record<GroupType, string> = { 1: 'Users & Common Areas', 2: 'Call Queues', 3: 'Shared Line Group', 4: 'Shared Line Appearance' };

/** A monitored member is exclusive to one group of its type; a monitor is not (null never collides). */
export const exclusiveType = (role: MemberType, type: GroupType): number | null => (role === 'monitored' ? type : null);
