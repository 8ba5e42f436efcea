// A number as the customized caller ID lists show it: the number's own fields (the
// numbers family's), its holder's extension (the extension directory's) and its site
// (the sites family's), each read a page's worth at a time through their public.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ItemOf } from '../../kit/context.ts';
import { parseData, type NumberRow } from '../numbers/public.ts';
import { extensionsOfOwners, type ExtensionKind, type Listing } from '../extensions/public.ts';
import { siteNames } from '../sites/public.ts';
import { EXTENSION_TYPES } from './rules.ts';

export type ListItem = ItemOf<'listAnAccountsCustomizedOutboundCallerIdPhoneNumbers', 'customize_numbers'>;

/** A number with what the lists show of it: the customization that holds it (none for a number not yet added). */
export interface Entry {
  seq: number;
  customizeId?: string;
  number: NumberRow;
}

interface Holder {
  id?: string;
  type: string;
  name?: string;
  number?: number;
}

export interface Neighbours {
  holders: Map<string, Holder>;
  sites: Map<string, { id: string; name: string }>;
}

/** The holders' extensions and the sites of these numbers, one query of each owner a page. */
export async function neighbours(db: Kysely<Database>, accountId: string, numbers: NumberRow[]): Promise<Neighbours> {
  const byKind = new Map<ExtensionKind, Set<string>>();
  for (const n of numbers) {
    const kind = n.assignee_type ? EXTENSION_TYPES[n.assignee_type] : undefined;
    if (kind && n.assignee_id) byKind.set(kind, (byKind.get(kind) ?? new Set()).add(n.assignee_id));
  }
  const siteIds = [...new Set(numbers.map((n) => n.site_id).filter((s): s is string => !!s))];
  const [sites, ...listed] = await Promise.all([
    siteNames(db, accountId, siteIds),
    ...[...byKind].map(([kind, ids]) => extensionsOfOwners(db, accountId, [...ids], kind)),
  ]);
  const kinds = [...byKind.keys()];
  const holders = new Map<string, Holder>();
  for (const n of numbers) {
    const type = n.assignee_type ? EXTENSION_TYPES[n.assignee_type] : undefined;
    if (!type || !n.assignee_id) continue;
    const found: Listing | undefined = listed[kinds.indexOf(type)]?.get(n.assignee_id);
    // A holder the directory does not list yet is named from the number's own record of it.
    const data = parseData(n);
    holders.set(n.id, found ? { id: found.id, type, name: found.name, number: found.number } : { type, name: data.assignee_name, number: data.assignee_extension_number });
  }
  return { holders, sites };
}

/** The extension number the keyword filter reads ("phone or extension numbers"). */
export const extensionNumberOf = (n: Neighbours, numberId: string): number | undefined => n.holders.get(numberId)?.number;

export function present(entry: Entry, n: Neighbours): ListItem {
  const row = entry.number;
  const data = parseData(row);
  const capability = data.capability ?? [];
  const holder = n.holders.get(row.id);
  const site = row.site_id ? n.sites.get(row.site_id) : undefined;
  return {
    customize_id: entry.customizeId,
    phone_number_id: row.id,
    phone_number: row.number,
    display_name: data.display_name ?? '',
    incoming: capability.includes('Incoming'),
    outgoing: capability.includes('Outgoing'),
    extension_id: holder?.id,
    extension_type: holder?.type,
    extension_number: holder?.number === undefined ? undefined : String(holder.number),
    extension_name: holder?.name,
    site: site && { id: site.id, name: site.name },
  };
}
