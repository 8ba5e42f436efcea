// Parser for the Number Management API document (spec/sources/002_*.txt): an
// OpenAPI 3.1 document rendered as line-based text. Each operation reads
//
//   <summary>
//   - Method:
//   GET - Path:
//   /accounts/{accountId}/number_management/... - Tags: <tag>
//   <description, prerequisites>
//   Scopes: a b
//   Granular Scopes: c
//   Rate Limit Label: LIGHT
//   Request Body                      (optional)
//   Content-Type: application/json
//   <field list>                      (nm-fields.ts rebuilds the tree)
//   Example:
//   { ...JSON... }
//   Responses
//   Status: 200 <text>                (then optionally Content-Type, fields, Example)
//   Status: 400 ... **Error Code:** `100002` <br> Phone number not found <br> ...
//
// The document lists no parameters: they come from number-management-parameters.json
// (Zoom's published OpenAPI for Number Management), keyed by `METHOD /path`.
// Anything this parser cannot read raises SpecParseError naming the operation.
import { STATUS_CODES } from 'node:http';
import type { DocumentedError, Parameter, RateLimitLabel, ResponseSpec, Schema, SourceOperation } from './model.ts';
import { SpecParseError, dedupeErrors } from './model.ts';
import { FieldListError, parseFieldList } from './nm-fields.ts';
import { cleanText, normaliseRateLimit, splitScopes } from './nm-text.ts';

/** One entry of number-management-parameters.json (an OpenAPI 2-style parameter). */
export interface RawParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  type: string;
  format?: string;
  items?: { type: string };
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
}

export const PARAMETERS_SOURCE = 'number-management-parameters.json';

type Method = SourceOperation['method'];
const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

interface RawOperation {
  label: string;
  summary: string;
  method: Method;
  path: string;
  tag: string;
  /** The lines after the `/path - Tags:` line, up to the next operation. */
  lines: string[];
}

export function parseNumberManagement(text: string, parameters: Record<string, RawParameter[]>): SourceOperation[] {
  const operations = splitOperations(text).map(readOperation);
  const seen = new Set<string>();
  for (const op of operations) {
    const key = `${op.method} ${op.path}`;
    if (seen.has(key)) throw new SpecParseError(key, op.summary, 'the document defines this operation twice');
    seen.add(key);
  }
  return attachParameters(operations, parameters);
}

// ---------------------------------------------------------------------------
// Operations

/** Page furniture copied along with some documents; it describes nothing of the API. */
const TRAILING_NOISE = /^How to start integrating/m;
const METHOD_LINE = /^([A-Z]+) - Path:$/;
const PATH_LINE = /^(\/\S*) - Tags:\s*(.+)$/;

function splitOperations(text: string): RawOperation[] {
  const noise = text.search(TRAILING_NOISE);
  const lines = (noise < 0 ? text : text.slice(0, noise)).split(/\r?\n/);
  const starts = lines.flatMap((line, i) => (line.trim() === '- Method:' ? [i] : []));
  if (starts.length === 0) throw new SpecParseError('(document)', text.slice(0, 300), 'no "- Method:" line found');
  return starts.map((at, n) => {
    const summary = (lines[at - 1] ?? '').trim();
    const methodLine = (lines[at + 1] ?? '').trim();
    const pathLine = (lines[at + 2] ?? '').trim();
    const near = [summary, '- Method:', methodLine, pathLine].join('\n');
    const method = METHOD_LINE.exec(methodLine)?.[1];
    const path = PATH_LINE.exec(pathLine);
    if (!method || !path) throw new SpecParseError(summary || '(document)', near, 'an operation head that does not read "- Method: / GET - Path: / /path - Tags: tag"');
    const label = `${method} ${path[1]}`;
    if (!METHODS.has(method)) throw new SpecParseError(label, near, `unknown method ${method}`);
    if (summary === '') throw new SpecParseError(label, near, 'no summary line before "- Method:"');
    // The next operation's summary is the line before its "- Method:".
    const end = n + 1 < starts.length ? starts[n + 1] - 1 : lines.length;
    return { label, summary, method: method as Method, path: path[1], tag: path[2].trim(), lines: lines.slice(at + 3, end) };
  });
}

function readOperation(raw: RawOperation): SourceOperation {
  const { label, lines } = raw;
  const requestAt = lines.findIndex((l) => l.trim() === 'Request Body');
  const responsesAt = lines.findIndex((l) => l.trim() === 'Responses');
  if (responsesAt < 0) throw new SpecParseError(label, excerpt(lines), 'no "Responses" line');
  if (requestAt > responsesAt) throw new SpecParseError(label, excerpt(lines.slice(responsesAt)), '"Request Body" after "Responses"');
  const header = readHeader(label, lines.slice(0, requestAt < 0 ? responsesAt : requestAt));
  const requestBody = requestAt < 0 ? undefined : readRequestBody(label, lines.slice(requestAt + 1, responsesAt));
  const { responses, errors } = readResponses(label, lines.slice(responsesAt + 1));
  return {
    source: 'number-management',
    method: raw.method,
    path: raw.path,
    summary: raw.summary,
    description: header.description,
    tags: [raw.tag],
    scopes: header.scopes,
    granularScopes: header.granularScopes,
    rateLimitLabel: header.rateLimitLabel,
    parameters: [],
    ...(requestBody ? { requestBody } : {}),
    responses,
    errors,
  };
}

function excerpt(lines: string[]): string {
  return lines.join('\n').slice(0, 300);
}

// ---------------------------------------------------------------------------
// Header: description, scopes, rate-limit label

interface Header {
  description: string;
  scopes: string[];
  granularScopes: string[];
  rateLimitLabel: RateLimitLabel | null;
}

const SCOPES = /^Scopes:\s*(.*)$/;
const GRANULAR = /^Granular Scopes:\s*(.*)$/;
const RATE_LIMIT = /^Rate Limit Label:\s*(.*)$/;

function readHeader(label: string, lines: string[]): Header {
  const find = (pattern: RegExp): number => lines.findIndex((l) => pattern.test(l.trim()));
  const scopesAt = find(SCOPES);
  const granularAt = find(GRANULAR);
  const rateAt = find(RATE_LIMIT);
  if (scopesAt < 0 || granularAt < 0) throw new SpecParseError(label, excerpt(lines), 'no "Scopes:" and "Granular Scopes:" lines');
  const value = (at: number, pattern: RegExp): string => pattern.exec(lines[at].trim())![1];
  let rateLimitLabel: RateLimitLabel | null = null;
  if (rateAt >= 0) {
    const written = value(rateAt, RATE_LIMIT);
    rateLimitLabel = normaliseRateLimit(written) ?? null;
    if (!rateLimitLabel) throw new SpecParseError(label, lines[rateAt], `unknown rate limit label "${written}"`);
  }
  // Everything above the scopes is the description; nothing is expected between or after them.
  const after = lines.slice(Math.max(scopesAt, granularAt, rateAt) + 1).filter((l) => l.trim() !== '');
  if (after.length > 0) throw new SpecParseError(label, excerpt(after), 'unexpected text after the rate-limit label');
  return {
    description: cleanText(lines.slice(0, scopesAt).join('\n')),
    scopes: splitScopes(value(scopesAt, SCOPES)),
    granularScopes: splitScopes(value(granularAt, GRANULAR)),
    rateLimitLabel,
  };
}

// ---------------------------------------------------------------------------
// Bodies: `Content-Type: x`, field list, optional JSON example

interface Body {
  contentType: string;
  schema: Schema;
  example?: unknown;
  hasExample: boolean;
}

const CONTENT_TYPE = /^Content-Type:\s*(\S+)$/;

function readBody(label: string, part: string, lines: string[]): Body {
  const fail = (near: string, reason: string): never => {
    throw new SpecParseError(label, near, `${part}: ${reason}`);
  };
  const ct = CONTENT_TYPE.exec(lines[0]?.trim() ?? '');
  if (!ct) return fail(excerpt(lines), 'no "Content-Type:" line');
  const exampleAt = lines.findIndex((l) => l.trim() === 'Example:');
  const fieldLines = lines.slice(1, exampleAt < 0 ? lines.length : exampleAt);
  let schema: Schema;
  try {
    schema = parseFieldList(fieldLines);
  } catch (e) {
    if (e instanceof FieldListError) return fail(e.excerpt, e.message);
    throw e;
  }
  if (exampleAt < 0) return { contentType: ct[1], schema, hasExample: false };
  const json = lines.slice(exampleAt + 1).join('\n');
  try {
    return { contentType: ct[1], schema, example: JSON.parse(json), hasExample: true };
  } catch (e) {
    return fail(json.slice(0, 300), `the JSON example does not parse: ${(e as Error).message}`);
  }
}

function readRequestBody(label: string, lines: string[]): NonNullable<SourceOperation['requestBody']> {
  const body = readBody(label, 'request body', lines);
  return {
    // The document never says whether a body is required; it is when a field in it is.
    required: (body.schema.required?.length ?? 0) > 0,
    contentType: body.contentType,
    schema: body.schema,
    ...(body.hasExample ? { example: body.example } : {}),
  };
}

// ---------------------------------------------------------------------------
// Responses and documented errors

const STATUS_LINE = /^Status: (\d{3})\b\s*(.*)$/;

function readResponses(label: string, lines: string[]): { responses: ResponseSpec[]; errors: DocumentedError[] } {
  const starts = lines.flatMap((l, i) => (STATUS_LINE.test(l.trim()) ? [i] : []));
  const before = lines.slice(0, starts[0] ?? lines.length).filter((l) => l.trim() !== '');
  if (starts.length === 0 || before.length > 0) throw new SpecParseError(label, excerpt(lines), 'responses do not start with "Status: NNN"');
  const responses: ResponseSpec[] = [];
  const errors: DocumentedError[] = [];
  starts.forEach((at, n) => {
    const section = lines.slice(at, n + 1 < starts.length ? starts[n + 1] : lines.length);
    const [, code, first] = STATUS_LINE.exec(section[0].trim())!;
    const status = Number(code);
    if (responses.some((r) => r.status === status)) throw new SpecParseError(label, section[0], `status ${status} listed twice`);
    const contentAt = section.findIndex((l) => CONTENT_TYPE.test(l.trim()));
    const statusText = [first, ...section.slice(1, contentAt < 0 ? section.length : contentAt)].join(' ');
    const response: ResponseSpec = { status, description: statusDescription(status, statusText) };
    if (contentAt >= 0) {
      const body = readBody(label, `response ${status}`, section.slice(contentAt));
      if (status === 204) throw new SpecParseError(label, excerpt(section), 'a 204 response with a body');
      Object.assign(response, { contentType: body.contentType, schema: body.schema }, body.hasExample ? { example: body.example } : {});
    }
    responses.push(response);
    errors.push(...documentedErrors(label, status, statusText));
  });
  return { responses, errors: dedupeErrors(errors) };
}

const ERROR_CODE = /\*\*Error Code:\*\*\s*`([\d_]+)`/g;
/** `**HTTP Status Code:** \`200\``, `**HTTP Status Codes**: \`200\``: the status again, sometimes a different one. */
const STATUS_LABEL = /^\*\*HTTP Status Codes?(?::\*\*|\*\*:)\s*`\d{3}`/;

/**
 * "**HTTP Status Code:** `201` **Created** Peering phone numbers successfully added."
 * -> "Peering phone numbers successfully added." The `Status: NNN` key is the
 * status; the repeated code in the text is dropped (twice it disagrees, e.g.
 * "Status: 204 **HTTP Status Code:** `200`", and the key is the OpenAPI fact).
 */
function statusDescription(status: number, statusText: string): string {
  const beforeErrors = statusText.split('**Error Code:**')[0];
  const text = cleanText(beforeErrors.trim().replace(STATUS_LABEL, ''))
    .replace(/^\*\*[^*]{1,40}\*\*\s*(?=\S)/, '') // "**OK**" repeats the status
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text || STATUS_CODES[status] || `HTTP ${status}`;
}

/**
 * Every `**Error Code:** \`code\` <br> message <br>` of a status section. A code
 * written with a digit separator (`1002_010`) is the same code the document
 * elsewhere writes as `1002010` with the same message ("The site does not exist"),
 * so the underscores are dropped.
 */
function documentedErrors(label: string, status: number, statusText: string): DocumentedError[] {
  const codes = [...statusText.matchAll(ERROR_CODE)];
  return codes.flatMap((m, i) => {
    const end = i + 1 < codes.length ? codes[i + 1].index : statusText.length;
    const messages = statusText
      .slice(m.index + m[0].length, end)
      .split(/<br\s*\/?>/i)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s !== '');
    if (messages.length === 0) throw new SpecParseError(label, statusText.slice(m.index, m.index + 200), `error code ${m[1]} without a message`);
    return messages.map((message) => ({ status, code: Number(m[1].replace(/_/g, '')), message }));
  });
}

// ---------------------------------------------------------------------------
// Parameters from number-management-parameters.json

const RAW_KEYS: ReadonlySet<string> = new Set(['name', 'in', 'required', 'type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'description']);
const SCHEMA_KEYS = ['format', 'enum', 'default', 'minimum', 'maximum'] as const;

function attachParameters(operations: SourceOperation[], parameters: Record<string, RawParameter[]>): SourceOperation[] {
  if (typeof parameters !== 'object' || parameters === null) {
    throw new SpecParseError(PARAMETERS_SOURCE, String(parameters), 'not an object keyed by "METHOD /path"');
  }
  const byKey = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
  for (const key of Object.keys(parameters)) {
    if (!byKey.has(key)) throw new SpecParseError(key, JSON.stringify(parameters[key]).slice(0, 300), `${PARAMETERS_SOURCE} lists parameters for an operation the document does not define`);
  }
  return operations.map((op) => {
    const key = `${op.method} ${op.path}`;
    const raw = parameters[key];
    if (!Array.isArray(raw)) throw new SpecParseError(key, op.summary, `${PARAMETERS_SOURCE} has no parameters for this operation`);
    const mapped = raw.map((p) => toParameter(key, p));
    checkPathParameters(key, op.path, mapped);
    return { ...op, parameters: orderParameters(op.path, mapped) };
  });
}

function toParameter(key: string, raw: RawParameter): Parameter {
  const near = JSON.stringify(raw);
  const unknown = Object.keys(raw).filter((k) => !RAW_KEYS.has(k));
  if (unknown.length > 0) throw new SpecParseError(key, near, `parameter with unsupported keys ${unknown.join(', ')}`);
  if (typeof raw.name !== 'string' || (raw.in !== 'path' && raw.in !== 'query') || typeof raw.required !== 'boolean' || typeof raw.type !== 'string') {
    throw new SpecParseError(key, near, 'a parameter needs a name, in (path|query), required and type');
  }
  if (raw.type === 'array' && !raw.items?.type) throw new SpecParseError(key, near, 'an array parameter without items');
  const schema: Schema = { type: raw.type };
  for (const k of SCHEMA_KEYS) if (raw[k] !== undefined) (schema as Record<string, unknown>)[k] = raw[k];
  if (raw.items) schema.items = { type: raw.items.type };
  return {
    name: raw.name,
    in: raw.in,
    // OpenAPI: a path parameter is always required.
    required: raw.in === 'path' ? true : raw.required,
    ...(raw.description ? { description: cleanText(raw.description) } : {}),
    schema,
    'x-source': PARAMETERS_SOURCE,
  };
}

function checkPathParameters(key: string, path: string, parameters: Parameter[]): void {
  const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
  const declared = parameters.filter((p) => p.in === 'path').map((p) => p.name).sort();
  if (inPath.join(',') !== declared.join(',')) {
    throw new SpecParseError(key, path, `path parameters {${inPath.join(', ')}} but ${PARAMETERS_SOURCE} declares [${declared.join(', ')}]`);
  }
  const names = parameters.map((p) => `${p.in} ${p.name}`);
  if (new Set(names).size !== names.length) throw new SpecParseError(key, names.join(', '), 'a parameter listed twice');
}

/** Path parameters in the order of the template, then query parameters as listed: stable and readable. */
function orderParameters(path: string, parameters: Parameter[]): Parameter[] {
  const position = (p: Parameter): number => path.indexOf(`{${p.name}}`);
  const pathParams = parameters.filter((p) => p.in === 'path').sort((a, b) => position(a) - position(b));
  return [...pathParams, ...parameters.filter((p) => p.in === 'query')];
}
