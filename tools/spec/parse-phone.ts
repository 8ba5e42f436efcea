// Parser for the Zoom Phone API document (spec/sources/003_*.txt): an
// OpenAPI 3.1 document rendered to markdown and flattened into one stream.
// Each operation reads
//
//   ### <summary> - **Method:** `GET` - **Path:** `/phone/...` - **Tags:** <tag> <description>
//   **[Scopes](...):** `a` **[Granular Scopes](...):** `b` **[Rate Limit Label](...):** `LIGHT`
//   #### Request Body ##### Content-Type: application/json <fields> **Example:** ```json ... ```
//   #### Responses ##### Status: 200 <text> ###### Content-Type: application/json <fields> **Example:** ...
//   ##### Status: 400 <text with **Error Code:** entries> ...
//
// Field lists are tokenized by phone-fields.ts and put back into a tree by
// phone-nesting.ts. Anything this parser cannot read raises SpecParseError
// naming the operation: the generator must never emit a partial contract.
import { STATUS_CODES } from 'node:http';
import type { DocumentedError, RateLimitLabel, ResponseSpec, Schema, SourceOperation } from './model.ts';
import { SpecParseError, dedupeErrors } from './model.ts';
import { beforeFirstErrorCode, documentedErrors } from './phone-errors.ts';
import { FieldSyntaxError, tokenizeFields } from './phone-fields.ts';
import { NestingError, recoverSchema } from './phone-nesting.ts';
import { codeSpans, excerpt, prose } from './phone-text.ts';

type Method = SourceOperation['method'];

/** Operation heads. The summary cannot contain `#`, which keeps `#### Responses ... ###` out of it. */
const OPERATION_HEAD =
  /(?<!#)### ([^#\n]+?) - \*\*Method:\*\*\s*`([A-Z]+)` - \*\*Path:\*\*\s*`([^`]+)` - \*\*Tags:\*\*\s*/g;

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Page furniture after the last operation, copied along with the document. */
const TRAILING_NOISE = /How to start integrating|Add HTTP Task to your workflow/;

/**
 * The document's tags. The tag is followed by the description with no
 * delimiter ("**Tags:** Call Queues Call queues allow ..."), so it can only be
 * told apart by knowing the names; an operation whose tag is not listed here
 * fails loudly instead of being split at a guess.
 */
const TAGS = [
  'Accounts', 'Alerts', 'Audio Library', 'Auto Receptionists', 'Billing Account', 'Blocked List',
  'Call Handling', 'Call Logs', 'Call Queues', 'Carrier Reseller', 'Common Areas', 'Dashboard',
  'Device Line Keys', 'Dial by Name Directory', 'Emergency Addresses', 'Emergency Service Locations',
  'External Contacts', 'Fax', 'Firmware Update Rules', 'Group Call Pickup', 'Groups', 'IVR',
  'Inbound Blocked List', 'Line Keys', 'Monitoring Groups', 'Outbound Calling', 'Phone Devices',
  'Phone Numbers', 'Phone Plans', 'Phone Roles', 'Private Directory', 'Provider Exchange',
  'Provision Templates', 'Recordings', 'Reports', 'Routing Rules', 'SMS', 'SMS Campaign', 'SMS Consent',
  'Setting Templates', 'Settings', 'Shared Line Appearance', 'Shared Line Group', 'Sites', 'Users',
  'Voicemails', 'Zoom Rooms',
].sort((a, b) => b.length - a.length); // longest first: "SMS Campaign" before "SMS"

const RATE_LIMIT_LABELS: Record<string, RateLimitLabel> = {
  LIGHT: 'LIGHT',
  MEDIUM: 'MEDIUM',
  HEAVY: 'HEAVY',
  'RESOURCE-INTENSIVE': 'RESOURCE-INTENSIVE',
};

interface RawOperation {
  label: string;
  summary: string;
  method: Method;
  path: string;
  /** Everything after `**Tags:**` up to the next operation. */
  text: string;
}

export function parsePhone(text: string): SourceOperation[] {
  const operations = splitOperations(text).map(readOperation);
  const seen = new Set<string>();
  for (const op of operations) {
    const key = `${op.method} ${op.path}`;
    if (seen.has(key)) throw new SpecParseError(key, op.summary, 'the document defines this operation twice');
    seen.add(key);
  }
  return operations;
}

function splitOperations(text: string): RawOperation[] {
  const noise = text.search(TRAILING_NOISE);
  const body = noise < 0 ? text : text.slice(0, noise);
  const heads = [...body.matchAll(OPERATION_HEAD)];
  if (heads.length === 0) throw new SpecParseError('(document)', excerpt(text), 'no operation heading found');
  // A heading the pattern misses would silently become part of the previous
  // operation's text; every `**Method:**` must start a recognised heading.
  const starts = new Set(heads.map((m) => m.index + m[0].indexOf('**Method:**')));
  for (const m of body.matchAll(/\*\*Method:\*\*/g)) {
    if (!starts.has(m.index)) throw new SpecParseError('(document)', excerpt(body.slice(Math.max(0, m.index - 120), m.index + 180)), 'an operation heading that does not read "### summary - **Method:** - **Path:** - **Tags:**"');
  }
  return heads.map((m, i) => {
    const [, summary, method, path] = m;
    const label = `${method} ${path}`;
    if (!METHODS.has(method)) throw new SpecParseError(label, m[0], `unknown method ${method}`);
    const end = i + 1 < heads.length ? heads[i + 1].index : body.length;
    return { label, summary: summary.trim(), method: method as Method, path, text: body.slice(m.index + m[0].length, end) };
  });
}

// ---------------------------------------------------------------------------
// One operation

function readOperation(raw: RawOperation): SourceOperation {
  const { label, text } = raw;
  const requestAt = text.indexOf('#### Request Body');
  const responsesAt = text.indexOf('#### Responses');
  if (responsesAt < 0) throw new SpecParseError(label, excerpt(text), 'no "#### Responses" section');
  if (requestAt > responsesAt) throw new SpecParseError(label, excerpt(text.slice(requestAt)), 'request body after the responses');
  const header = readHeader(label, text.slice(0, requestAt < 0 ? responsesAt : requestAt));
  const requestBody = requestAt < 0 ? undefined : readRequestBody(label, text.slice(requestAt + '#### Request Body'.length, responsesAt));
  const { responses, errors } = readResponses(label, text.slice(responsesAt + '#### Responses'.length));
  return {
    source: 'phone',
    method: raw.method,
    path: raw.path,
    summary: raw.summary,
    ...header,
    parameters: [],
    ...(requestBody ? { requestBody } : {}),
    responses,
    errors,
  };
}

// ---------------------------------------------------------------------------
// Header: tag, description, scopes, rate-limit label

const SCOPES = /\*\*\[Scopes\]\([^)]*\):\*\*/;
const GRANULAR = /\*\*\[Granular Scopes\]\([^)]*\):\*\*/;
const RATE_LIMIT = /\*\*\[Rate Limit Label\]\([^)]*\):\*\*\s*`([^`]*)`/;

interface Header {
  tags: string[];
  description: string;
  scopes: string[];
  granularScopes: string[];
  rateLimitLabel: RateLimitLabel | null;
}

function readHeader(label: string, text: string): Header {
  const tag = TAGS.find((t) => text.startsWith(`${t} `) || text === t);
  if (!tag) throw new SpecParseError(label, excerpt(text), 'the tag is not one of the known Phone tags');
  const scopesAt = text.search(SCOPES);
  const granularAt = text.search(GRANULAR);
  if (scopesAt < 0 || granularAt < scopesAt) throw new SpecParseError(label, excerpt(text), 'no "[Scopes]" then "[Granular Scopes]" lines');
  const afterGranular = text.slice(granularAt).replace(GRANULAR, '');
  const rate = RATE_LIMIT.exec(afterGranular);
  const granularText = rate ? afterGranular.slice(0, rate.index) : afterGranular;
  // Notes after the label ("**Not supported in Gov cluster**") belong to the description.
  const notes = rate ? afterGranular.slice(rate.index + rate[0].length) : '';
  return {
    tags: [tag],
    description: prose([text.slice(tag.length, scopesAt), notes].join(' ')),
    scopes: codeSpans(text.slice(scopesAt, granularAt).replace(SCOPES, '')),
    granularScopes: codeSpans(granularText),
    rateLimitLabel: rate ? rateLimitLabel(label, rate[1]) : null,
  };
}

function rateLimitLabel(label: string, written: string): RateLimitLabel {
  const normal = RATE_LIMIT_LABELS[written.toUpperCase().replace(/[\s_]+/g, '-').trim()];
  if (!normal) throw new SpecParseError(label, written, `unknown rate limit label "${written}"`);
  return normal;
}

// ---------------------------------------------------------------------------
// Bodies: `Content-Type: x`, field list, optional JSON example

interface Body {
  contentType: string;
  schema?: Schema;
  example?: unknown;
  hasExample: boolean;
}

const CONTENT_TYPE = /^\s*#{5,6} Content-Type: (\S+)/;
const EXAMPLE = /\*\*Example:\*\*\s*```(\w*)\s([\s\S]*?)```/;

function readBody(label: string, part: string, text: string): Body {
  const fail: (near: string, reason: string) => never = (near, reason) => {
    throw new SpecParseError(label, excerpt(near, 300), `${part}: ${reason}`);
  };
  const ct = CONTENT_TYPE.exec(text);
  if (!ct) fail(text, 'no "Content-Type:"');
  const contentType = ct[1];
  const rest = text.slice(ct[0].length);
  const ex = EXAMPLE.exec(rest);
  if (!ex && rest.includes('**Example:**')) fail(rest.slice(rest.indexOf('**Example:**')), 'an example that is not a closed ``` block');
  const fieldsText = ex ? rest.slice(0, ex.index) : rest;
  const trailing = ex ? rest.slice(ex.index + ex[0].length) : '';
  if (trailing.trim() !== '') fail(trailing, 'text after the example');
  let example: unknown;
  if (ex) {
    if (ex[1] !== 'json') fail(ex[0], `an example in "${ex[1]}", expected json`);
    try {
      example = JSON.parse(ex[2]);
    } catch (e) {
      fail(ex[2], `the JSON example does not parse: ${(e as Error).message}`);
    }
  }
  try {
    const tokens = tokenizeFields(fieldsText);
    // `Content-Type: application/json` with no field and `null` as the
    // example is how the document writes "no body" (some 201 answers).
    if (tokens.length === 0 && (example === null || example === undefined)) return { contentType, hasExample: false };
    return { contentType, schema: recoverSchema(tokens, example), example, hasExample: Boolean(ex) };
  } catch (e) {
    if (e instanceof FieldSyntaxError || e instanceof NestingError) return fail(e.excerpt, e.message);
    throw e;
  }
}

function readRequestBody(label: string, text: string): NonNullable<SourceOperation['requestBody']> {
  const body = readBody(label, 'request body', text);
  if (!body.schema) throw new SpecParseError(label, excerpt(text), 'request body: neither fields nor example');
  return {
    required: bodyIsRequired(body.schema),
    contentType: body.contentType,
    schema: body.schema,
    ...(body.hasExample ? { example: body.example } : {}),
  };
}

/**
 * The document never prints whether a body is required; it is when something
 * in it is: a required field, a required field in every alternative, or
 * (for a body that is an array) the body itself.
 */
function bodyIsRequired(schema: Schema): boolean {
  if (schema.type === 'array' || (schema.required?.length ?? 0) > 0) return true;
  const alternatives = schema.anyOf ?? [];
  return alternatives.length > 0 && alternatives.every((a) => (a.required?.length ?? 0) > 0);
}

// ---------------------------------------------------------------------------
// Responses and documented errors

const STATUS = /##### Status: (\d{3})\b/g;
/** "**HTTP Status Code:** `200`", "**Status Code:** `200`", "**Response HTTP code**: `204`", "HTTP Status Code: 201" (after unescaping). */
const STATUS_LABEL = /^(?:\*\*)?(?:Response )?(?:HTTP )?(?:Status )?codes?:?(?:\*\*)?:?\s*`?\d{3}`?/i;
const RESPONSE_CONTENT = /#{6} Content-Type:/;

function readResponses(label: string, text: string): { responses: ResponseSpec[]; errors: DocumentedError[] } {
  const heads = [...text.matchAll(STATUS)];
  if (heads.length === 0 || text.slice(0, heads[0].index).trim() !== '') {
    throw new SpecParseError(label, excerpt(text), 'responses do not start with "##### Status:"');
  }
  const responses: ResponseSpec[] = [];
  const errors: DocumentedError[] = [];
  heads.forEach((m, i) => {
    const status = Number(m[1]);
    const end = i + 1 < heads.length ? heads[i + 1].index : text.length;
    const section = text.slice(m.index + m[0].length, end);
    const contentAt = section.search(RESPONSE_CONTENT);
    const statusText = contentAt < 0 ? section : section.slice(0, contentAt);
    const response: ResponseSpec = { status, description: statusDescription(status, statusText) };
    if (contentAt >= 0) Object.assign(response, responseBody(label, status, section.slice(contentAt)));
    responses.push(response);
    errors.push(...documentedErrors(status, statusText));
  });
  return { responses, errors: dedupeErrors(errors) };
}

function responseBody(label: string, status: number, text: string): Partial<ResponseSpec> {
  const body = readBody(label, `response ${status}`, text);
  if (!body.schema || status === 204) return {};
  return { contentType: body.contentType, schema: body.schema, ...(body.hasExample ? { example: body.example } : {}) };
}

function statusDescription(status: number, statusText: string): string {
  // "**Created** Site created successfully.": the bold reason phrase repeats the status.
  const text = prose(beforeFirstErrorCode(statusText))
    .replace(STATUS_LABEL, '')
    .trim()
    .replace(/^\*\*[^*]{1,40}\*\*\s+(?=\S)/, '')
    .replace(/\*\*/g, '');
  return text.replace(/\s+/g, ' ').trim() || STATUS_CODES[status] || `HTTP ${status}`;
}
