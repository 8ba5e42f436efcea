// The response schemas Fastify serializes with. fast-json-stringify writes an
// anyOf/oneOf of objects by the first branch the value matches, and a branch whose
// fields are all optional matches any object: `{ holiday_id }` would go out as `{}`
// because the first branch only knows `call_forwarding_id`. For writing a body the
// alternatives become one object holding every branch's fields; that the body fits
// one of them is the handler's typing and the contract tests' to hold.

type Schema = Record<string, unknown>;

const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x);

const isObjectSchema = (s: Schema): boolean => s.type === 'object' || isSchema(s.properties);

/** Two object schemas as one: every field of either, a field both have merged the same way. */
function mergeObjects(a: Schema, b: Schema): Schema {
  const properties: Schema = { ...(a.properties as Schema | undefined) };
  for (const [k, v] of Object.entries((b.properties as Schema | undefined) ?? {})) {
    const mine = properties[k];
    properties[k] = isSchema(mine) && isSchema(v) && isObjectSchema(mine) && isObjectSchema(v) ? mergeObjects(mine, v) : (mine ?? v);
  }
  return { ...a, type: 'object', properties };
}

/** The schema with every anyOf/oneOf of objects, at any depth, folded into one object. */
export function serializable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(serializable);
  if (!isSchema(schema)) return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'properties' && isSchema(v) ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, serializable(s)])) : serializable(v);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = out[key];
    if (!Array.isArray(branches) || !branches.every((b) => isSchema(b) && isObjectSchema(b))) continue;
    delete out[key];
    return (branches as Schema[]).reduce(mergeObjects, { ...out, type: 'object', properties: (out.properties as Schema | undefined) ?? {} });
  }
  return out;
}
