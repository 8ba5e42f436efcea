// Parser for the three small reference pages (spec/sources/000_*, 001_*, 004_*),
// each describing one operation:
//
//   POST /accounts/{accountId}/sip_trunk/internal_numbers
//   <what the API does, prerequisites>
//   Scope:sip_trunk:master                       (not on every page)
//   **[Rate Limit Label](...):** `Light`         (not on every page)
//   Servers / Path parameters / Request headers / Request body fields
//   How to start integrating ...                 (page furniture, ignored)
//
// Tables come in two renderings: plain rows (`internal_numbers[].type Integer
// Yes` then description lines) and pipe rows (`accountId |` / `String | Yes |`
// / description lines ending in `|`). Body fields are named `parent[].child`,
// which is all the nesting there is: the tree is rebuilt from the names.
//
// The pages have no title, document no response and no error. What they leave
// out is supplied by PAGES below, one commented entry per page, so every
// choice is in one place and says where it comes from.
import type { Parameter, RateLimitLabel, ResponseSpec, Schema, SourceOperation } from './model.ts';
import { SpecParseError } from './model.ts';
import { cleanText, describeField, normaliseRateLimit, splitScopes } from './nm-text.ts';

export type PageSource = 'internal-numbers' | 'sip-trunks' | 'sip-phones';

interface PageFacts {
  /** The operation the page must describe: a page vendored under the wrong prefix fails loudly. */
  operation: string;
  /** The pages have no title line; the summary is taken from the page's own statement of what the API does. */
  summary: string;
  /** The pages name no tag; this is the product the page says the operation belongs to (and Zoom's tag for it). */
  tag: string;
  /** Scopes Zoom publishes for the operation, used only when the page states none. */
  scopesIfAbsent?: string[];
  /** The success response Zoom answers with (the pages document none); `body` is the request body schema. */
  responses(body: Schema | undefined): ResponseSpec[];
  /** "Valid values:" lists the page's rendering lost (the heading is there, the values are not). */
  lostValidValues?: Record<string, unknown[]>;
}

const PAGES: Record<PageSource, PageFacts> = {
  'internal-numbers': {
    operation: 'POST /accounts/{accountId}/sip_trunk/internal_numbers',
    // "To add internal numbers to a sub account ... To add internal numbers to a master account ...";
    // Zoom's own API reference titles the operation the same way.
    summary: 'Add internal numbers',
    tag: 'SIP Connected Audio', // "a master account with SIP Connected Audio plan"
    // The page's "Prerequisites:" heading is empty and it states no scope. Zoom's published
    // OpenAPI for SIP Connected Audio (as carried by SDKs generated from it) gives this
    // operation `sip_trunk:master`, the scope the sibling page 001 states for the same family.
    // Without a scope the server could only let every token in, or none.
    scopesIfAbsent: ['sip_trunk:master'],
    // Zoom answers 201 Created with the added numbers, each with its new `id` (Zoom's
    // published OpenAPI for this operation); the handler needs the ids to be useful.
    responses: (body) => [
      {
        status: 201,
        description: 'Internal numbers added successfully.',
        contentType: 'application/json',
        schema: internalNumbersCreated(body),
      },
    ],
  },
  'sip-trunks': {
    operation: 'POST /accounts/{accountId}/sip_trunk/trunks',
    // "Use this API to assign SIP trunk(s) that are available on a master account to a sub account."
    summary: 'Assign SIP trunks',
    tag: 'SIP Connected Audio', // "With SIP-connected audio, Zoom establishes a SIP trunk"
    // Zoom answers 201 Created with the assigned trunks as the sub account now sees them:
    // Zoom's published OpenAPI keys the answer 201 with that body (its prose says
    // "204 No Content", which the body contradicts; the key and the schema agree).
    responses: () => [
      {
        status: 201,
        description: 'SIP trunks assigned successfully.',
        contentType: 'application/json',
        schema: sipTrunksAssigned(),
      },
    ],
  },
  'sip-phones': {
    operation: 'POST /sip_phones',
    // "Use this API to enable a user to use SIP phone."
    summary: 'Enable SIP phone',
    tag: 'SIP Phone', // "Phone System Integration (PSI), also referred as SIP phones"
    // Zoom answers 201 Created with an empty body: its published OpenAPI declares the 201
    // without content, unlike the other create operations of the family.
    responses: () => [{ status: 201, description: 'SIP phone enabled for the user.' }],
    // The page prints "Valid values:" and loses the list; Zoom's published OpenAPI
    // gives the same four values for all three transport_protocol fields.
    lostValidValues: {
      transport_protocol: ['UDP', 'TCP', 'TLS', 'AUTO'],
      transport_protocol2: ['UDP', 'TCP', 'TLS', 'AUTO'],
      transport_protocol3: ['UDP', 'TCP', 'TLS', 'AUTO'],
    },
  },
};

export function parsePage(text: string, source: PageSource): SourceOperation {
  const facts = PAGES[source];
  if (!facts) throw new SpecParseError(String(source), text.slice(0, 200), 'unknown page source');
  const lines = withoutNoise(text).split(/\r?\n/);
  const head = readHead(lines, facts);
  const sections = splitSections(head.label, lines.slice(head.next));
  const intro = readIntro(head.label, sections.intro, facts);
  const parameters = [
    ...readPathParameters(head.label, head.path, sections.tables.get('Path parameters')),
    ...readQueryParameters(head.label, sections.tables.get('Query parameters'), facts),
  ];
  const requestBody = readRequestBody(head.label, sections.tables, facts);
  return {
    source,
    method: head.method,
    path: head.path,
    summary: facts.summary,
    description: intro.description,
    tags: [facts.tag],
    scopes: intro.scopes,
    granularScopes: [],
    rateLimitLabel: intro.rateLimitLabel,
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses: facts.responses(requestBody?.schema),
    errors: [],
  };
}

// ---------------------------------------------------------------------------
// Page layout

const NOISE = /^\s*How to start integrating/m;
const HEAD = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/;
const SECTIONS = ['Servers', 'Path parameters', 'Query parameters', 'Request headers', 'Request body fields'] as const;
type SectionName = (typeof SECTIONS)[number];

function withoutNoise(text: string): string {
  const at = text.search(NOISE);
  return at < 0 ? text : text.slice(0, at);
}

function readHead(lines: string[], facts: PageFacts): { label: string; method: SourceOperation['method']; path: string; next: number } {
  const at = lines.findIndex((l) => l.trim() !== '');
  const m = HEAD.exec(lines[at]?.trim() ?? '');
  if (!m) throw new SpecParseError(facts.operation, lines.slice(0, 3).join('\n'), 'the page does not start with "METHOD /path"');
  const label = `${m[1]} ${m[2]}`;
  if (label !== facts.operation) throw new SpecParseError(label, lines[at], `expected the page for ${facts.operation}`);
  return { label, method: m[1] as SourceOperation['method'], path: m[2], next: at + 1 };
}

interface Sections {
  intro: string[];
  tables: Map<SectionName, string[]>;
}

function splitSections(label: string, lines: string[]): Sections {
  const starts = lines.flatMap((l, i) => ((SECTIONS as readonly string[]).includes(l.trim()) ? [i] : []));
  const tables = new Map<SectionName, string[]>();
  starts.forEach((at, n) => {
    const name = lines[at].trim() as SectionName;
    if (tables.has(name)) throw new SpecParseError(label, name, `section "${name}" appears twice`);
    tables.set(name, lines.slice(at + 1, n + 1 < starts.length ? starts[n + 1] : lines.length));
  });
  return { intro: lines.slice(0, starts[0] ?? lines.length), tables };
}

// ---------------------------------------------------------------------------
// Intro: description, scope, rate-limit label

const SCOPE_LINE = /^Scopes?:\s*(.+)$/;
const RATE_LIMIT_LINE = /Rate Limit Label(?:\]\([^)]*\))?(?::\*\*|\*\*:|:)\s*`?([A-Za-z_ -]+?)`?\s*$/;

function readIntro(label: string, lines: string[], facts: PageFacts): { description: string; scopes: string[]; rateLimitLabel: RateLimitLabel | null } {
  let scopes: string[] = [];
  let rateLimitLabel: RateLimitLabel | null = null;
  const prose: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const scope = SCOPE_LINE.exec(line);
    const rate = RATE_LIMIT_LINE.exec(line);
    if (scope) scopes = splitScopes(scope[1]);
    else if (rate) {
      rateLimitLabel = normaliseRateLimit(rate[1]) ?? null;
      if (!rateLimitLabel) throw new SpecParseError(label, line, `unknown rate limit label "${rate[1]}"`);
    } else if (/Rate Limit|^Scopes?\b/i.test(line)) {
      throw new SpecParseError(label, line, 'a scope or rate-limit line this parser cannot read');
    } else prose.push(line);
  }
  if (scopes.length === 0 && facts.scopesIfAbsent) scopes = [...facts.scopesIfAbsent];
  if (scopes.length === 0) throw new SpecParseError(label, lines.join('\n').slice(0, 300), 'no "Scope:" line and no published scope to fall back on');
  return { description: cleanText(dropEmptyHeadings(prose).join('\n')), scopes, rateLimitLabel };
}

/** "Prerequisites:" with nothing under it says nothing. */
function dropEmptyHeadings(lines: string[]): string[] {
  const out = lines.filter((l, i) => !(l.endsWith(':') && (lines.slice(i + 1).find((n) => n !== '') ?? '').length === 0));
  return out.map(bulletToMarkdown);
}

function bulletToMarkdown(line: string): string {
  return line.replace(/^\s*•\s*/, '- ');
}

// ---------------------------------------------------------------------------
// Tables

interface Row {
  name: string;
  type: string;
  required: boolean;
  description: string[];
  /** The row as written, for error messages. */
  text: string;
}

const TYPES: Record<string, string> = { String: 'string', Integer: 'integer', Boolean: 'boolean', Array: 'array', Object: 'object', Number: 'number' };
const PLAIN_HEADER = /^Name Type Required Description$/;
const PIPE_HEADER = /^\|\s*Name\s*\|\s*Type\s*\|\s*Required\s*\|\s*Description\s*\|$/;
const PLAIN_ROW = /^(\S+) ([A-Z][a-z]+) (Yes|No)(?: (.*))?$/;
const PIPE_NAME = /^(\S+) \|$/;
const PIPE_TYPE = /^([A-Z][a-z]+) \| (Yes|No) \|$/;

function readTable(label: string, section: string, lines: string[]): Row[] {
  const body = lines.map((l) => l.trim());
  const headerAt = body.findIndex((l) => PLAIN_HEADER.test(l) || PIPE_HEADER.test(l));
  if (headerAt < 0) throw new SpecParseError(label, lines.join('\n').slice(0, 300), `${section}: no "Name Type Required Description" header`);
  const before = body.slice(0, headerAt).filter((l) => l !== '');
  if (before.length > 0) throw new SpecParseError(label, before.join('\n'), `${section}: text before the table`);
  const rows = PIPE_HEADER.test(body[headerAt]) ? pipeRows(label, section, body.slice(headerAt + 1)) : plainRows(label, section, body.slice(headerAt + 1));
  for (const row of rows) {
    if (!TYPES[row.type]) throw new SpecParseError(label, row.text, `${section}: unknown type "${row.type}"`);
  }
  return rows;
}

function plainRows(label: string, section: string, lines: string[]): Row[] {
  const rows: Row[] = [];
  for (const line of lines) {
    const m = PLAIN_ROW.exec(line);
    if (m) rows.push({ name: m[1], type: m[2], required: m[3] === 'Yes', description: m[4] ? [m[4]] : [], text: line });
    else if (rows.length > 0) rows[rows.length - 1].description.push(line);
    else if (line !== '') throw new SpecParseError(label, line, `${section}: a line before the first row`);
  }
  return rows;
}

/** `name |`, `Type | Yes |`, then description lines, the last one ending in `|`. */
function pipeRows(label: string, section: string, lines: string[]): Row[] {
  const rows: Row[] = [];
  let i = lines[0] !== undefined && /^\|[-|\s]+\|$/.test(lines[0]) ? 1 : 0;
  const fail = (reason: string): never => {
    throw new SpecParseError(label, lines.slice(i, i + 3).join('\n'), `${section}: ${reason}`);
  };
  while (i < lines.length) {
    if (lines[i] === '') {
      i++;
      continue;
    }
    const name = PIPE_NAME.exec(lines[i]);
    const type = PIPE_TYPE.exec(lines[i + 1] ?? '');
    if (!name || !type) fail('a row that does not read "name |" / "Type | Yes |"');
    const text = `${lines[i]} ${lines[i + 1]}`;
    i += 2;
    const description: string[] = [];
    for (;;) {
      if (i >= lines.length) fail(`the description of "${name![1]}" is not closed by "|"`);
      const line = lines[i++];
      if (line.endsWith('|')) {
        description.push(line.slice(0, -1).trim());
        break;
      }
      description.push(line);
    }
    rows.push({ name: name![1], type: type![1], required: type![2] === 'Yes', description, text });
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Descriptions: "Valid values:" and "Default value:" become keywords

interface FieldText {
  description: string;
  values?: string[];
  default?: string;
}

const VALID_VALUES = /Valid values:\s*/;
const DEFAULT_VALUE = /\s*Default value:\s*(\S+)\s*$/;

/** Splits a row's description into prose, its "Valid values:" list and its "Default value:". */
function readFieldText(row: Row): FieldText {
  const text = row.description.join('\n');
  const at = text.search(VALID_VALUES);
  const prose = at < 0 ? text : text.slice(0, at);
  const values =
    at < 0
      ? undefined
      : text
          .slice(at)
          .replace(VALID_VALUES, '')
          .split('\n')
          .map((l) => l.replace(/^\s*[•-]\s*/, '').trim())
          .filter((l) => l !== '');
  const lines = prose.split('\n');
  const last = lines.length - 1;
  const def = DEFAULT_VALUE.exec(lines[last]);
  if (def) lines[last] = lines[last].slice(0, def.index);
  return { description: lines.map(bulletToMarkdown).join('\n'), ...(values ? { values } : {}), ...(def ? { default: def[1] } : {}) };
}

function typedValue(label: string, row: Row, type: string, written: string): unknown {
  let value: unknown = written;
  try {
    value = JSON.parse(written);
  } catch {
    // An unquoted word is a string.
  }
  const ok =
    (type === 'string' && typeof value === 'string') ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'number' && typeof value === 'number') ||
    (type === 'boolean' && typeof value === 'boolean');
  if (!ok) throw new SpecParseError(label, row.text, `"${row.name}": ${written} is not a ${type}`);
  return value;
}

function fieldSchema(label: string, row: Row, facts: PageFacts): Schema {
  const type = TYPES[row.type];
  const text = readFieldText(row);
  const schema = describeField({ type }, text.description);
  if (text.values) {
    const leaf = row.name.replace(/^.*\./, '');
    const values = text.values.length > 0 ? text.values : facts.lostValidValues?.[leaf]?.map(String);
    if (!values) throw new SpecParseError(label, row.text, `"${row.name}": "Valid values:" with no values`);
    schema.enum = values.map((v) => typedValue(label, row, type, v));
  }
  if (text.default !== undefined) schema.default = typedValue(label, row, type, text.default);
  return schema;
}

// ---------------------------------------------------------------------------
// Parameters and body

function readPathParameters(label: string, path: string, section: string[] | undefined): Parameter[] {
  const rows = section ? readTable(label, 'Path parameters', section) : [];
  const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const named = rows.map((r) => r.name);
  if ([...inPath].sort().join(',') !== [...named].sort().join(',')) {
    throw new SpecParseError(label, named.join(', ') || '(no path parameters)', `path parameters {${inPath.join(', ')}} but the page lists [${named.join(', ')}]`);
  }
  return rows.map((row) => {
    const description = cleanText(readFieldText(row).description);
    return { name: row.name, in: 'path', required: true, ...(description ? { description } : {}), schema: { type: TYPES[row.type] } };
  });
}

function readQueryParameters(label: string, section: string[] | undefined, facts: PageFacts): Parameter[] {
  const rows = section ? readTable(label, 'Query parameters', section) : [];
  return rows.map((row) => {
    const { description, ...schema } = fieldSchema(label, row, facts);
    return { name: row.name, in: 'query', required: row.required, ...(description ? { description } : {}), schema };
  });
}

// Request headers other than Content-Type (none on these pages) say nothing the contract carries.
function readRequestBody(label: string, tables: Map<SectionName, string[]>, facts: PageFacts): SourceOperation['requestBody'] {
  const fields = tables.get('Request body fields');
  if (!fields) return undefined;
  const schema = buildTree(label, readTable(label, 'Request body fields', fields), facts);
  const headers = tables.get('Request headers');
  const contentType = headers ? readTable(label, 'Request headers', headers).find((r) => r.name === 'Content-Type') : undefined;
  // The pages mark the body's Content-Type header "Required: Yes": a body must be sent,
  // even where (001) none of its fields is required.
  const required = contentType ? contentType.required : (schema.required?.length ?? 0) > 0;
  return { required, contentType: 'application/json', schema };
}

/** Rebuilds the body tree from `parent[].child` names; parents must come before their children. */
function buildTree(label: string, rows: Row[], facts: PageFacts): Schema {
  const root: Schema = { type: 'object', properties: {} };
  for (const row of rows) {
    const segments = row.name.split('.');
    let container = root;
    for (const segment of segments.slice(0, -1)) container = descend(label, row, container, segment);
    const last = segments[segments.length - 1];
    const name = last.replace(/\[\]$/, '');
    if (last.endsWith('[]') && row.type !== 'Array') throw new SpecParseError(label, row.text, `"${row.name}" is named as an array but typed ${row.type}`);
    if (container.properties![name]) throw new SpecParseError(label, row.text, `"${row.name}" listed twice`);
    container.properties![name] = fieldSchema(label, row, facts);
    if (row.required) container.required = [...(container.required ?? []), name];
  }
  return root;
}

/** The object schema a `parent[]` (array items) or `parent` (object) segment leads into. */
function descend(label: string, row: Row, container: Schema, segment: string): Schema {
  const isArray = segment.endsWith('[]');
  const name = segment.replace(/\[\]$/, '');
  const parent = container.properties?.[name];
  if (!parent) throw new SpecParseError(label, row.text, `"${row.name}" comes before its parent "${name}"`);
  if (isArray) {
    if (parent.type !== 'array') throw new SpecParseError(label, row.text, `"${name}[]" is not an array`);
    parent.items ??= { type: 'object', properties: {} };
    return parent.items;
  }
  if (parent.type !== 'object') throw new SpecParseError(label, row.text, `"${name}" is not an object`);
  parent.properties ??= {};
  return parent;
}

// ---------------------------------------------------------------------------
// Responses the pages leave out (see PAGES)

/** The request's `internal_numbers` items, each with the `id` Zoom gives it. */
function internalNumbersCreated(body: Schema | undefined): Schema {
  const items = body?.properties?.internal_numbers?.items;
  if (!items?.properties) throw new SpecParseError(PAGES['internal-numbers'].operation, JSON.stringify(body ?? null).slice(0, 200), 'no internal_numbers[] fields to answer with');
  const added: Schema = structuredClone(items);
  added.properties = { id: { type: 'string', description: 'Unique identifier of the internal number.' }, ...added.properties };
  return { type: 'object', properties: { internal_numbers: { type: 'array', items: added } } };
}

function sipTrunksAssigned(): Schema {
  const text = (description: string): Schema => ({ type: 'string', description });
  return {
    type: 'object',
    properties: {
      sip_trunks: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: text('Unique identifier of the SIP trunk.'),
            name: text('The name of the SIP trunk.'),
            sip_server_address: text('The IP address or domain of the SIP trunk.'),
            number_prefix: text('The phone number prefix routed through this trunk; "0" routes all calls through it.'),
            dnis: text('The DNIS of the sub account on this trunk.'),
          },
        },
      },
    },
  };
}
