// What a phone role is held to. The pages name eight kinds of role by what they
// administer ("Different types of roles manage different types of targets: *
// super_admin: need not manage targets. * site_admin: support site type. …"): each
// account has one built-in role of each kind, and a copy (duplicateAPhoneRole) is of
// its source's kind. No operation shows a role's privileges: what a kind lets its
// members administer is the target types it manages (public.ts phoneRoleOfUser).

export const ROLE_KINDS = [
  'super_admin',
  'site_admin',
  'callQueue_admin',
  'autoReceptionist_admin',
  'sharedLineGroup_admin',
  'commonArea_admin',
  'recording_admin',
  'compliance_admin',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const TARGET_TYPES = ['site', 'callQueue', 'autoReceptionist', 'user', 'group', 'sharedLineGroup', 'commonArea'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** The target types each kind manages, as the target_type field's description lists them. */
export const TARGETS_OF: Record<RoleKind, readonly TargetType[]> = {
  super_admin: [],
  site_admin: ['site'],
  callQueue_admin: ['callQueue'],
  autoReceptionist_admin: ['autoReceptionist'],
  sharedLineGroup_admin: ['sharedLineGroup'],
  commonArea_admin: ['site'],
  recording_admin: ['site', 'callQueue', 'autoReceptionist', 'user', 'group'],
  compliance_admin: ['site', 'callQueue', 'user', 'group', 'sharedLineGroup', 'commonArea'],
};

export const managesTarget = (kind: RoleKind, type: TargetType): boolean => TARGETS_OF[kind].includes(type);

/**
 * The built-in roles, in the order the list shows them. "Phone Super Admin" and its
 * description are the pages' example; "Compliance Admin" is the name the duplicate
 * example copies; the other names follow Zoom's portal.
 */
export const BUILTIN_ROLES: readonly { kind: RoleKind; name: string; description: string }[] = [
  { kind: 'super_admin', name: 'Phone Super Admin', description: 'Admin has full privileges to access and manage the Zoom Phone (default).' },
  { kind: 'site_admin', name: 'Site Admin', description: 'Admin manages the users, numbers and settings of the sites assigned (default).' },
  { kind: 'callQueue_admin', name: 'Call Queue Admin', description: 'Admin manages the call queues assigned (default).' },
  { kind: 'autoReceptionist_admin', name: 'Auto Receptionist Admin', description: 'Admin manages the auto receptionists assigned (default).' },
  { kind: 'sharedLineGroup_admin', name: 'Shared Line Group Admin', description: 'Admin manages the shared line groups assigned (default).' },
  { kind: 'commonArea_admin', name: 'Common Area Admin', description: 'Admin manages the common areas of the sites assigned (default).' },
  { kind: 'recording_admin', name: 'Recording Admin', description: 'Admin views and manages the call recordings of the targets assigned (default).' },
  { kind: 'compliance_admin', name: 'Compliance Admin', description: 'Admin views the recordings, voicemails, call logs and messages of the targets assigned (default).' },
];

/** The updateAPhoneRole page's limits ("Name length can be up to 128 characters", "Description length can be up to 255 characters"). */
export const NAME_MAX = 128;
export const DESCRIPTION_MAX = 255;

/** The name as kept and compared: trimmed. */
export const roleName = (given: string): string => given.trim();

/** The name a copy takes when none is given: the example's "Compliance Admin (Copy)", then "(Copy 2)", "(Copy 3)" … while taken. */
export function copyName(source: string, attempt: number): string {
  const suffix = attempt === 1 ? ' (Copy)' : ` (Copy ${attempt})`;
  return source.slice(0, NAME_MAX - suffix.length) + suffix;
}
