// What a private directory member is held to, as plain functions of values: the
// extension kinds that may be members (each kind of the account's directory, named
// as the list's extension_type names it), and what a keyword finds.
import type { ExtensionKind } from '../extensions/public.ts';

export type ExtensionType = 'user' | 'zoom_room' | 'common_area' | 'auto_receptionist' | 'call_queue' | 'shared_line_group';

/** The list's extension_type of each kind of extension ("The valid value is: user, zoom_room, common_area, auto_receptionist, call_queue, shared_line_group"). */
export const EXTENSION_TYPES: Record<ExtensionKind, ExtensionType> = {
  user: 'user',
  zoomRoom: 'zoom_room',
  commonArea: 'common_area',
  autoReceptionist: 'auto_receptionist',
  callQueue: 'call_queue',
  sharedLineGroup: 'shared_line_group',
};

/**
 * Whether a member matches the list's keyword: the page gives the parameter no words
 * (Zoom's SDK has it); the sandbox finds the keyword, without case, in the member's
 * display name, email or extension number. A blank keyword finds everyone.
 */
export function matchesKeyword(keyword: string | undefined, member: { name: string; number: number; email?: string }): boolean {
  const k = keyword?.trim().toLowerCase();
  if (!k) return true;
  return member.name.toLowerCase().includes(k) || String(member.number).includes(k) || (member.email ?? '').toLowerCase().includes(k);
}

/** The extension ids given more than once in one request, in the order first repeated. */
export function repeated(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}
