// Settings objects (policies) are patched by deep merge: "only provided fields will
// be updated", at any depth; arrays and scalars replace what was there.

/** A JSON object: not null, not a list. */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function deepMerge(base: any, patch: any): any {
  if (!isRecord(patch)) return patch;
  const out: Record<string, unknown> = isRecord(base) ? { ...base } : {};
  for (const [k, v] of Object.entries(patch)) out[k] = deepMerge(out[k], v);
  return out;
}
