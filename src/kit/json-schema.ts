// The little of JSON Schema that families walk when they shape a settings object
// after its documented body (policies of sites, users, queues, receptionists and groups).
import { deepMerge, isRecord } from './merge.ts';
import { loadContract } from '../contract.ts';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
}

/** The value with only what the schema declares: keys a request may send but a body never shows (a PATCH's `reset`) are left out. */
export function fitToSchema(schema: JsonSchema, value: unknown): unknown {
  if (schema.type === 'object' && schema.properties && isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, s] of Object.entries(schema.properties)) if (value[key] !== undefined) out[key] = fitToSchema(s, value[key]);
    return out;
  }
  if (schema.type === 'array' && schema.items && Array.isArray(value)) return value.filter((v) => holds(schema.items!, v)).map((v) => fitToSchema(schema.items!, v));
  return value;
}

type Json = Record<string, unknown>;

/**
 * Whether a list item fits the schema's enums: an item one level documents and
 * another does not (the account's retention item for fax, which a site's list has
 * no type for) is left out of the other's list.
 */
function holds(schema: JsonSchema, item: unknown): boolean {
  if (!isRecord(item) || !schema.properties) return true;
  return Object.entries(schema.properties).every(([key, s]) => {
    return !s.enum || item[key] === undefined || s.enum.includes(item[key]);
  });
}

const documented = new Map<string, JsonSchema>();

/** An operation's documented success body (a policy GET's: every setting it has), read from the contract once. */
export function successSchema(operationId: string): JsonSchema {
  const known = documented.get(operationId);
  if (known) return known;
  const op = loadContract().operations.find((o) => o.operationId === operationId);
  const schema = op?.responseSchemas[String(op.successStatus)] as JsonSchema | undefined;
  if (!schema?.properties) throw new Error(`${operationId} documents no settings`);
  documented.set(operationId, schema);
  return schema;
}

/** What a setting nobody changed shows: each boolean of its shape false, `locked_by` 'invalid' (no level locked it). */
export const unsetSetting = (schema: JsonSchema): unknown => unset(schema);

function unset(schema: JsonSchema, key?: string): unknown {
  if (schema.type === 'boolean') return false;
  if (key === 'locked_by') return 'invalid';
  if (schema.type !== 'object' || !schema.properties) return undefined;
  const out: Json = {};
  for (const [k, s] of Object.entries(schema.properties)) {
    const v = unset(s, k);
    if (v !== undefined) out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The policy of an extension (a call queue, an auto receptionist, a shared line
 * group) as its GET shows it: every documented setting but `skip`; its site's value
 * where the site's policy has the setting ("inherited defaults": the site's
 * `modified` is the site's, not shown); the extension's own changes over that,
 * marked `modified` where the setting has the field, except where the site's value
 * is locked.
 */
export function extensionPolicy(schema: JsonSchema, site: Json | undefined, changes: Json | undefined, skip: string[] = []): Json {
  const out: Json = {};
  for (const [key, s] of Object.entries(schema.properties ?? {})) {
    if (skip.includes(key)) continue;
    let value = unset(s);
    const inherited = site?.[key];
    if (isRecord(inherited)) {
      const { modified: _siteModified, ...rest } = inherited;
      value = deepMerge(value, rest);
    }
    const change = changes?.[key];
    // A setting locked above keeps what it inherited: a change kept from before the lock no longer shows.
    if (change !== undefined && !(isRecord(inherited) && inherited.locked === true)) {
      value = isRecord(change) ? deepMerge(value, change) : change;
      if (isRecord(value) && s.properties?.modified) value = { ...value, modified: true };
    }
    if (value !== undefined) out[key] = value;
  }
  return out;
}
