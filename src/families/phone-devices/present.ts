// How the family's rows are shown: a device with its assignees (names and numbers
// from the extension directory, as they are now), its site and template, and its
// status at the sandbox's time; an extension's line keys; a smartphone.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import { isoSeconds } from '../../clock.ts';
import { extensionsByIds } from '../extensions/public.ts';
import { siteNames } from '../sites/public.ts';
import { existingTemplates } from '../provision-templates/public.ts';
import { numbersOfAssignees } from '../numbers/public.ts';
import { assigneesOf, type AssigneeRow, type DeviceRow, type LineKeyRow, type SmartphoneRow } from './store.ts';
import { BRANDS, deviceType, statusOf } from './rules.ts';

type Db = Kysely<Database>;
type Listed = ItemOf<'listDevices', 'devices'>;
type Details = NonNullable<ResponseOf<'getDeviceDetails'>>;

interface Context {
  assignees: Map<string, AssigneeRow[]>;
  extensions: Awaited<ReturnType<typeof extensionsByIds>>;
  sites: Map<string, { id: string; name: string }>;
  templates: Set<string>;
}

async function contextOf(db: Db, accountId: string, rows: DeviceRow[]): Promise<Context> {
  const assignees = await assigneesOf(db, accountId, rows.map((r) => r.id));
  const extIds = [...assignees.values()].flat().map((a) => a.extension_id);
  const [extensions, sites, templates] = await Promise.all([
    extensionsByIds(db, accountId, extIds),
    siteNames(db, accountId, [...new Set(rows.map((r) => r.site_id).filter((s): s is string => s !== null))]),
    existingTemplates(db, accountId, [...new Set(rows.map((r) => r.provision_template_id).filter((t): t is string => !!t))]),
  ]);
  return { assignees, extensions, sites, templates };
}

function common(row: DeviceRow, c: Context, now: number) {
  const mine = c.assignees.get(row.id) ?? [];
  const assignees = mine.map((a) => {
    const ext = c.extensions.get(a.extension_id);
    return { extension_id: a.extension_id, extension_number: ext?.number, extension_type: a.extension_type, id: a.owner_id, name: ext?.name };
  });
  const first = assignees[0];
  const site = row.site_id ? c.sites.get(row.site_id) : undefined;
  return {
    assignee: first && { extension_number: first.extension_number, id: first.id, name: first.name, extension_type: first.extension_type },
    assignees,
    device_type: deviceType(row.brand, row.model),
    display_name: row.display_name,
    id: row.id,
    mac_address: row.mac_address,
    policy: { call_control: { status: row.call_control }, hot_desking: { status: row.hot_desking } },
    provision_template_id: row.provision_template_id && c.templates.has(row.provision_template_id) ? row.provision_template_id : '',
    site: site && { id: site.id, name: site.name },
    status: statusOf({ assigned: mine.length > 0, rebooted_at: row.rebooted_at, synced_at: row.synced_at }, now),
    private_ip: row.private_ip,
    public_ip: row.public_ip,
  };
}

export async function listedDevices(db: Db, accountId: string, rows: DeviceRow[], now: number): Promise<Listed[]> {
  const c = await contextOf(db, accountId, rows);
  return rows.map((r) => common(r, c, now));
}

/** The SIP registration a manually provisioned phone is given for each of its lines. */
const SIP_DOMAIN = 'sip.switchboard.zoom.us';

export async function detailedDevice(db: Db, accountId: string, row: DeviceRow, now: number): Promise<Details> {
  const c = await contextOf(db, accountId, [row]);
  const shown = common(row, c, now);
  const provision: Details['provision'] =
    row.provision_type === 'manual'
      ? {
          type: 'manual',
          sip_accounts: shown.assignees.map((a) => ({
            user_name: String(a.extension_number ?? ''),
            authorization_id: String(a.extension_number ?? ''),
            sip_domain: SIP_DOMAIN,
            outbound_proxy: `${SIP_DOMAIN}:5091`,
          })),
        }
      : row.provision_type === 'assisted'
        ? { type: 'assisted', url: `https://provpp.zoom.us/api/v2/pbx/provisioning/${BRANDS[row.brand].toLowerCase()}` }
        : { type: 'ztp' };
  return { ...shown, provision };
}

type Position = NonNullable<NonNullable<ResponseOf<'getDeviceLineKeysInformation'>>['positions']>[number];

/** The device's line key positions: one per assignee, in their order, with the assignee's first phone number. */
export async function devicePositions(db: Db, accountId: string, row: DeviceRow): Promise<Position[]> {
  const mine = (await assigneesOf(db, accountId, [row.id])).get(row.id) ?? [];
  const [extensions, numbers] = await Promise.all([
    extensionsByIds(db, accountId, mine.map((a) => a.extension_id)),
    numbersOfAssignees(db, accountId, mine.map((a) => a.owner_id)),
  ]);
  return mine.map((a) => {
    const ext = extensions.get(a.extension_id);
    return {
      index: a.position,
      extension_id: a.extension_id,
      extension_number: ext?.number,
      extension_type: a.extension_type === 'user' ? 'User' : 'CommonArea',
      display_name: ext?.name,
      phone_number: numbers.get(a.owner_id)?.[0]?.number,
    };
  });
}

type LineKey = NonNullable<NonNullable<ResponseOf<'getLineKeyPositionAndSettingsInformation'>>['line_keys']>[number];

export async function shownLineKeys(db: Db, accountId: string, keys: LineKeyRow[]): Promise<LineKey[]> {
  const targets = await extensionsByIds(db, accountId, keys.map((k) => k.target_extension_id).filter((t): t is string => t !== null));
  const numbers = await numbersOfAssignees(db, accountId, [...new Set([...targets.values()].map((t) => t.ownerId))]);
  return keys.map((k) => {
    const target = k.target_extension_id ? targets.get(k.target_extension_id) : undefined;
    return {
      line_key_id: k.id,
      index: k.key_index,
      type: k.type,
      alias: k.alias ?? undefined,
      outbound_caller_id: k.outbound_caller_id ?? undefined,
      key_assignment: {
        extension_id: k.target_extension_id ?? undefined,
        display_name: target?.name,
        extension_number: target ? String(target.number) : undefined,
        phone_number: target ? numbers.get(target.ownerId)?.[0]?.number : undefined,
        speed_dial_number: k.speed_dial_number ?? undefined,
        retrieval_code: k.retrieval_code ?? undefined,
      },
    };
  });
}

type Smartphone = ItemOf<'listSmartphones', 'smartphones'>;

export async function shownSmartphones(db: Db, accountId: string, rows: SmartphoneRow[]): Promise<Smartphone[]> {
  const [extensions, sites] = await Promise.all([
    extensionsByIds(db, accountId, rows.map((r) => r.extension_id).filter((e): e is string => e !== null)),
    siteNames(db, accountId, [...new Set(rows.map((r) => r.site_id).filter((s): s is string => s !== null))]),
  ]);
  return rows.map((r) => {
    const ext = r.extension_id ? extensions.get(r.extension_id) : undefined;
    const site = r.site_id ? sites.get(r.site_id) : undefined;
    return {
      smartphone_id: r.id,
      device_name: r.device_name,
      device_type: r.device_type,
      serial_number: r.serial_number,
      public_ip: r.public_ip ?? undefined,
      activation_status: 'Activated',
      activation_time: r.activation_time === null ? undefined : isoSeconds(Number(r.activation_time)),
      assignee: ext && { common_area_id: ext.id, name: ext.name, extension_number: ext.number },
      site: site && { site_id: site.id, name: site.name },
    };
  });
}
