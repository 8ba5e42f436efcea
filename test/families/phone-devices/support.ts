// What the phone-devices tests stand on: MAC addresses no other test uses, users
// and common areas with extensions in the directory, and short calls of the API.
import assert from 'node:assert/strict';
import type { ApiResponse, TestServer } from '../../support/server.ts';
import { assertContract } from '../../support/contract.ts';
import { addUser as addSharedUser } from '../../support/fixtures.ts';
import { registerUserExtension } from '../../support/extensions.ts';
import { claimExtension } from '../../../src/families/extensions/public.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

export const DEMO = DEMO_DEFAULTS.accountId;

let macs = 0;
/** A MAC address no other device of the sandbox has (per test file: each starts its own sandbox). */
export const freshMac = (): string => `0a1b2c${(++macs).toString(16).padStart(6, '0')}`;

let serial = 0;

/** A phone user with its extension in the directory; answers its id and extension id. */
export async function user(s: TestServer, opts: { accountId?: string; siteId?: string | null; name?: string } = {}): Promise<{ id: string; extensionId: string }> {
  const id = await addSharedUser(s, { tag: 'pd', extension: 40000 + ++serial, ...opts });
  await registerUserExtension(s, id);
  const row = await s.sandbox.db.selectFrom('phone_users').select('extension_id').where('id', '=', id).executeTakeFirstOrThrow();
  return { id, extensionId: row.extension_id };
}

/** An extension of another kind in the directory (a common area's, a call queue's), as its family would claim it. */
export async function extension(s: TestServer, kind: 'commonArea' | 'callQueue', opts: { accountId?: string; siteId?: string | null; name?: string } = {}): Promise<{ id: string; ownerId: string }> {
  const n = ++serial;
  const entry = { accountId: opts.accountId ?? DEMO, id: `pd-ext-${kind}-${n}`, kind, number: 45000 + n, name: opts.name ?? `${kind} ${n}`, siteId: opts.siteId ?? null, ownerId: `pd-owner-${kind}-${n}` };
  const claim = await s.sandbox.db.transaction().execute((trx) => claimExtension(trx, entry));
  assert.ok(claim.ok);
  return { id: entry.id, ownerId: entry.ownerId };
}

export function api(s: TestServer, token?: string) {
  const call = (method: string, path: string, body?: unknown, query?: Record<string, string | number>) => s.api(method, path, { body, query, token });
  return {
    add: (body: unknown) => call('POST', '/phone/devices', body),
    list: (query: Record<string, string | number>) => call('GET', '/phone/devices', undefined, query),
    get: (id: string) => call('GET', `/phone/devices/${id}`),
    update: (id: string, body: unknown) => call('PATCH', `/phone/devices/${id}`, body),
    remove: (id: string) => call('DELETE', `/phone/devices/${id}`),
    assign: (id: string, ids: string[]) => call('POST', `/phone/devices/${id}/extensions`, { assignee_extension_ids: ids }),
    unassign: (id: string, ext: string) => call('DELETE', `/phone/devices/${id}/extensions/${ext}`),
    template: (id: string, body: unknown) => call('PUT', `/phone/devices/${id}/provision_templates`, body),
    reboot: (id: string) => call('POST', `/phone/devices/${id}/reboot`),
    sync: (body: unknown) => call('POST', '/phone/devices/sync', body),
    positions: (id: string) => call('GET', `/phone/devices/${id}/line_keys`),
    movePositions: (id: string, positions: unknown) => call('PATCH', `/phone/devices/${id}/line_keys`, { positions }),
    keys: (ext: string) => call('GET', `/phone/extension/${ext}/line_keys`),
    setKeys: (ext: string, lineKeys: unknown) => call('PATCH', `/phone/extension/${ext}/line_keys`, { line_keys: lineKeys }),
    deleteKey: (ext: string, key: string) => call('DELETE', `/phone/extension/${ext}/line_keys/${key}`),
    smartphones: (query: Record<string, string | number> = {}) => call('GET', '/phone/smartphones', undefined, query),
  };
}

export type Api = ReturnType<typeof api>;

/** Adds a device and answers its id. */
export async function added(a: Api, body: Record<string, unknown>): Promise<string> {
  const res = await a.add({ display_name: 'Desk phone', type: 'yealink', model: 'T54W', mac_address: freshMac(), ...body });
  assertContract('addADevice', res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

/** The device's details, checked against the contract. */
export async function details(a: Api, id: string): Promise<any> {
  const res = await a.get(id);
  assertContract('getDeviceDetails', res);
  return res.body;
}

export const assigneeIds = (device: any): string[] => (device.assignees ?? []).map((x: any) => x.extension_id);

export function ok(res: ApiResponse, status: number): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
}
