// The little of JSON Schema that families walk when they shape a settings object
// after its documented body (policies of sites, users, call queues).
import { isRecord } from './merge.ts';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** The value with only what the schema declares: keys a request may send but a body never shows (a PATCH's `reset`) are left out. */
export function fitToSchema(schema: JsonSchema, value: unknown): unknown {
  if (schema.type === 'object' && schema.properties && isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, s] of Object.entries(schema.properties)) if (value[key] !== undefined) out[key] = fitToSchema(s, value[key]);
    return out;
  }
  if (schema.type === 'array' && schema.items && Array.isArray(value)) return value.map((v) => fitToSchema(schema.items!, v));
  return value;
}
