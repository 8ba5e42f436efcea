// Reads spec/openapi.json once and turns each operation into what the HTTP layer
// needs: a Fastify route path, its compiled-schema inputs, scopes, label and errors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type RateLimitLabel = 'LIGHT' | 'MEDIUM' | 'HEAVY' | 'RESOURCE-INTENSIVE';

export interface DocumentedError {
  status: number;
  code: number;
  message: string;
}

export interface Operation {
  operationId: string;
  method: string;
  /** As documented, e.g. /phone/users/{userId}. */
  path: string;
  summary: string;
  tags: string[];
  source: string;
  scopes: string[];
  granularScopes: string[];
  /** Documented label, or null where the document gives none. */
  label: RateLimitLabel | null;
  errors: DocumentedError[];
  successStatus: number;
  pathParams: string[];
  queryParams: Map<string, any>;
  paramsSchema?: object;
  querySchema?: object;
  bodySchema?: object;
  bodyRequired: boolean;
  responseSchemas: Record<string, object>;
}

export const SPEC_FILE = fileURLToPath(new URL('../spec/openapi.json', import.meta.url));

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let cached: { doc: any; operations: Operation[] } | undefined;

export function loadContract(): { doc: any; operations: Operation[] } {
  if (cached) return cached;
  const doc = JSON.parse(readFileSync(SPEC_FILE, 'utf8'));
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) operations.push(toOperation(method.toUpperCase(), path, op));
    }
  }
  cached = { doc, operations };
  return cached;
}

function objectSchema(params: any[]): object | undefined {
  if (params.length === 0) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, bounded(p.schema ?? {})])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

/** A string the documents give no maximum: long enough for any description, short of filling a page with one. */
export const DEFAULT_MAX_STRING = 4096;
/**
 * A file sent as base64 text (its description says so: attachments, pictures): no
 * maximum of its own, as the file's documented size limit is the page's to answer
 * (and the request body's limit bounds it).
 */
export const DEFAULT_MAX_BASE64 = 64 * 1024 * 1024;
/** An array the documents give no maximum. */
export const DEFAULT_MAX_ITEMS = 1000;
const INT32 = { minimum: -2147483648, maximum: 2147483647 };

/**
 * What a request may carry, as validated (the served contract is left as it is):
 * every string and array has a maximum, the documented one or the defaults above,
 * and no string holds a NUL (PostgreSQL cannot store one); an integer with no
 * int64 format and no bounds fits the 32-bit columns that hold it.
 */
function bounded(schema: any): any {
  if (Array.isArray(schema)) return schema.map(bounded);
  if (!schema || typeof schema !== 'object') return schema;
  const out: any = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === 'enum' || k === 'required' || k === 'example' || k === 'default' ? v : bounded(v);
  const types = [schema.type].flat();
  if (types.includes('string') && schema.enum === undefined) {
    out.maxLength ??= /\bbase64\b/i.test(String(schema.description ?? '')) ? DEFAULT_MAX_BASE64 : DEFAULT_MAX_STRING;
    // A pattern of its own already says which characters; a NUL fails it or the column.
    out.pattern ??= '^[^\\u0000]*$';
  }
  if (types.includes('array')) out.maxItems ??= DEFAULT_MAX_ITEMS;
  if (types.includes('integer') && schema.format !== 'int64' && schema.minimum === undefined && schema.maximum === undefined) Object.assign(out, INT32);
  return out;
}

/** Defaults in a partial-update body would overwrite stored values the caller never sent. */
function withoutDefaults(schema: any): any {
  if (Array.isArray(schema)) return schema.map(withoutDefaults);
  if (!schema || typeof schema !== 'object') return schema;
  const out: any = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'default') continue;
    out[k] = k === 'enum' || k === 'required' ? v : withoutDefaults(v);
  }
  return out;
}

function toOperation(method: string, path: string, op: any): Operation {
  const params: any[] = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const statuses = Object.keys(op.responses ?? {}).map(Number);
  // An operation documented with a redirect only (a download URL) answers its 3xx.
  const sorted = [...statuses].sort((a, b) => a - b);
  const success = sorted.find((s) => s >= 200 && s < 300) ?? sorted.find((s) => s >= 300 && s < 400) ?? 200;
  const responseSchemas: Record<string, object> = {};
  for (const [status, res] of Object.entries<any>(op.responses ?? {})) {
    const schema = res.content?.['application/json']?.schema;
    if (Number(status) < 300 && schema) responseSchemas[status] = schema;
  }
  let bodySchema = bounded(op.requestBody?.content?.['application/json']?.schema);
  if (bodySchema && method === 'PATCH') bodySchema = withoutDefaults(bodySchema);
  return {
    operationId: op.operationId,
    method,
    path,
    summary: op.summary,
    tags: op.tags ?? [],
    source: op['x-source'],
    scopes: op['x-scopes'] ?? [],
    granularScopes: op['x-granular-scopes'] ?? [],
    label: op['x-rate-limit-label'] ?? null,
    errors: op['x-zoom-errors'] ?? [],
    successStatus: success,
    pathParams: pathParams.map((p) => p.name),
    queryParams: new Map(queryParams.map((p) => [p.name, p])),
    paramsSchema: objectSchema(pathParams),
    querySchema: objectSchema(queryParams),
    bodySchema,
    bodyRequired: Boolean(op.requestBody?.required),
    responseSchemas,
  };
}

/** /phone/users/{userId} -> /v2/phone/users/:userId */
export const routePath = (path: string): string => '/v2' + path.replace(/\{([^}]+)\}/g, ':$1');

/** The documented error of an operation whose message matches, for rules that reuse Zoom's wording. */
export function documentedError(op: Operation, pattern: RegExp): DocumentedError | undefined {
  return op.errors.find((e) => pattern.test(e.message));
}
