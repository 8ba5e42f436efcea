// Parameters of the Phone operations. The Phone document (003) has no
// parameter sections: path parameters are visible only in the path template,
// and query parameters are not listed at all. They are filled in here from
// three sources of fact, in this order, each recorded on the parameter as
// 'x-source' (the first source that states a parameter owns it; later sources
// only add parameters not already present):
//   1. Zoom's pagination convention, for every list operation whose 200
//      response carries next_page_token (page_size, next_page_token);
//   2. what the operation's own text says, where it is clear (DOCUMENT_FACTS);
//   3. Zoom's JavaScript SDK, @zoom/rivet (pinned), whose phone.d.ts declares
//      a `...QueryParams` type per endpoint and whose phone.cjs maps each
//      endpoint to its method and path. Both are read with the TypeScript
//      compiler API, syntactically, so the result depends only on those files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { Parameter, Schema, SourceOperation } from './model.ts';

export const RIVET = '@zoom/rivet@0.4.0';
export const PAGINATION = 'zoom-pagination-convention';
export const DOCUMENT_TEXT = 'document-text';

// ---------------------------------------------------------------------------
// Path templates

/** `/phone/users/{userId}/x/{id}` -> ['userId', 'id'] in template order. */
export function templateParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/** Shape shared by both sides of the rivet match: every `{name}` becomes `{}`. */
export function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

// The Phone text says, on every operation that accepts it, "pass the `me`
// value instead of the `userId` parameter"; the path parameter says so too.
const ME_PATTERN = /\bme\b.{0,120}? instead of the `?userId`? parameter/;

function phonePathParameters(op: SourceOperation): Parameter[] {
  return templateParamNames(op.path).map((name) => {
    const p: Parameter = { name, in: 'path', required: true, schema: { type: 'string' } };
    if (name === 'userId' && ME_PATTERN.test(op.description)) {
      p.description = "The user's ID or email address. For user-level apps, pass `me` instead.";
      p['x-source'] = DOCUMENT_TEXT;
    }
    return p;
  });
}

// ---------------------------------------------------------------------------
// 1. Pagination convention

const PAGE_SIZE_MAXIMUM = 300;

/** True when the schema (or one of its top-level allOf/oneOf/anyOf parts) has a next_page_token property. */
export function carriesNextPageToken(schema: Schema | undefined): boolean {
  if (!schema) return false;
  if (schema.properties && 'next_page_token' in schema.properties) return true;
  return [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some(carriesNextPageToken);
}

export function successResponse200(op: SourceOperation) {
  return op.responses.find((r) => r.status === 200);
}

/**
 * A maximum page size below Zoom's 300 when the operation's text documents
 * one, e.g. "The default is **30**, and the maximum is **100**." on the
 * response's page_size field. Markdown emphasis and escapes are ignored.
 */
export function documentedPageSizeMaximum(op: SourceOperation): number | undefined {
  const pageSize = successResponse200(op)?.schema?.properties?.page_size;
  const texts = [op.description, pageSize?.description ?? ''].map((t) => t.replace(/[\\*`]/g, ''));
  const found = texts
    .flatMap((t) => [...t.matchAll(/(?:maximum|max\.?)(?: page size)?(?: value)? (?:is|of) (\d+)/gi)])
    .map((m) => Number(m[1]))
    .filter((n) => n >= 1 && n < PAGE_SIZE_MAXIMUM);
  return found.length > 0 ? Math.min(...found) : undefined;
}

function paginationParameters(op: SourceOperation): Parameter[] {
  if (!carriesNextPageToken(successResponse200(op)?.schema)) return [];
  const maximum = documentedPageSizeMaximum(op) ?? PAGE_SIZE_MAXIMUM;
  return [
    {
      name: 'page_size',
      in: 'query',
      required: false,
      description: `The number of records returned within a single API call (at most ${maximum}).`,
      schema: { type: 'integer', default: 30, minimum: 1, maximum },
      'x-source': PAGINATION,
    },
    {
      name: 'next_page_token',
      in: 'query',
      required: false,
      description:
        'The next page token paginates through a large set of results. It is returned whenever the set of available results exceeds the current page size and expires after 15 minutes.',
      schema: { type: 'string' },
      'x-source': PAGINATION,
    },
  ];
}

// ---------------------------------------------------------------------------
// 2. What the document's own text says

/**
 * Query parameters the Phone text states in words. Each entry carries the
 * sentence it rests on; the build checks that sentence is still in the
 * operation's text, so the table cannot silently outlive the document.
 * Schemas say only what the sentence says; rivet cannot override a name
 * already stated here, but its enum is a stronger fact than ours and is
 * merged in (see merge below).
 */
interface DocumentFact {
  key: string;
  quote: RegExp;
  parameter: Parameter;
}

const DOCUMENT_FACTS: DocumentFact[] = [
  {
    // Response fields of GET /phone/numbers: "This field displays when the `type` request parameter is `byoc`."
    key: 'GET /phone/numbers',
    quote: /This field displays when the \\?`type\\?` request parameter is \\?`byoc\\?`/,
    parameter: {
      name: 'type',
      in: 'query',
      required: false,
      description: 'The type of phone numbers to list (for example `byoc`).',
      schema: { type: 'string' },
      'x-source': DOCUMENT_TEXT,
    },
  },
  {
    // "Note: When you enable multiple sites, the `site_id` parameter is required."
    key: 'GET /phone/locations',
    quote: /When you enable \[?multiple sites\]?(\([^)]*\))?, the `site_id` parameter is required/,
    parameter: {
      name: 'site_id',
      in: 'query',
      // Required only when the account has multiple sites: the server decides, not the schema.
      required: false,
      description: 'The site ID. Required when the account has multiple sites enabled.',
      schema: { type: 'string' },
      'x-source': DOCUMENT_TEXT,
    },
  },
];

/** Every text of an operation a fact may be stated in: its description and every field description. */
function operationTexts(op: SourceOperation): string[] {
  const out = [op.description];
  const walk = (s: Schema | undefined): void => {
    if (!s) return;
    if (s.description) out.push(s.description);
    Object.values(s.properties ?? {}).forEach(walk);
    walk(s.items);
    [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])].forEach(walk);
  };
  walk(op.requestBody?.schema);
  op.responses.forEach((r) => walk(r.schema));
  return out;
}

function documentParameters(op: SourceOperation): Parameter[] {
  const key = `${op.method} ${op.path}`;
  return DOCUMENT_FACTS.filter((f) => f.key === key).map((f) => {
    if (!operationTexts(op).some((t) => f.quote.test(t))) {
      throw new Error(`${key}: the text no longer says what the '${f.parameter.name}' query parameter rests on (${f.quote})`);
    }
    return structuredClone(f.parameter);
  });
}

// ---------------------------------------------------------------------------
// 3. @zoom/rivet

export interface RivetEndpoint {
  /** e.g. callLogs.getAccountsCallHistory */
  name: string;
  method: string;
  /** As rivet builds it, with `{name}` placeholders. */
  path: string;
  query: Parameter[];
}

/** Rivet's endpoints keyed by `METHOD shape` (see pathShape). */
export type RivetIndex = Map<string, RivetEndpoint>;

export const rivetKey = (method: string, path: string): string => `${method.toUpperCase()} ${pathShape(path)}`;

function rivetDir(): string {
  // The package exports ./phone (phone.cjs under `require`), not its package.json.
  return dirname(createRequire(import.meta.url).resolve('@zoom/rivet/phone'));
}

function parse(file: string, kind: ts.ScriptKind): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, kind);
}

function findClass(source: ts.SourceFile, name: string): ts.ClassDeclaration {
  const found = source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === name);
  if (!found) throw new Error(`${source.fileName}: class ${name} not found (has the pinned @zoom/rivet changed?)`);
  return found;
}

const propName = (n: ts.PropertyName | undefined): string =>
  n && (ts.isIdentifier(n) || ts.isStringLiteral(n)) ? n.text : '';

/** phone.cjs: `group = { name: this.buildEndpoint({ method: "GET", urlPathBuilder: ({ id }) => \`/x/${id}\` }) }`. */
function readRoutes(file: string): Map<string, { method: string; path: string }> {
  const routes = new Map<string, { method: string; path: string }>();
  for (const member of findClass(parse(file, ts.ScriptKind.JS), 'PhoneEndpoints').members) {
    if (!ts.isPropertyDeclaration(member) || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const prop of member.initializer.properties) {
      if (!ts.isPropertyAssignment(prop) || !ts.isCallExpression(prop.initializer)) continue;
      const [options] = prop.initializer.arguments;
      if (!options || !ts.isObjectLiteralExpression(options)) continue;
      let method = '';
      let path = '';
      for (const o of options.properties) {
        if (!ts.isPropertyAssignment(o)) continue;
        if (propName(o.name) === 'method' && ts.isStringLiteral(o.initializer)) method = o.initializer.text;
        if (propName(o.name) === 'urlPathBuilder' && ts.isArrowFunction(o.initializer)) path = templatePath(o.initializer.body);
      }
      const name = `${propName(member.name)}.${propName(prop.name)}`;
      if (!method || !path) throw new Error(`${file}: cannot read the method and path of ${name}`);
      routes.set(name, { method, path });
    }
  }
  return routes;
}

/** `\`/phone/users/${userId}\`` -> `/phone/users/{userId}` */
function templatePath(body: ts.Node): string {
  if (ts.isNoSubstitutionTemplateLiteral(body) || ts.isStringLiteral(body)) return body.text;
  if (!ts.isTemplateExpression(body)) return '';
  let out = body.head.text;
  for (const span of body.templateSpans) out += `{${span.expression.getText()}}${span.literal.text}`;
  return out;
}

/** phone.d.ts: `readonly group: { name: (_: { path: P } & { query?: Q }) => ... }` -> name -> Q's alias name. */
function readQueryTypeNames(source: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const member of findClass(source, 'PhoneEndpoints').members) {
    if (!ts.isPropertyDeclaration(member) || !member.type || !ts.isTypeLiteralNode(member.type)) continue;
    for (const sig of member.type.members) {
      if (!ts.isPropertySignature(sig) || !sig.type || !ts.isFunctionTypeNode(sig.type)) continue;
      const argType = sig.type.parameters[0]?.type;
      const query = argType && findQueryMember(argType);
      if (query) out.set(`${propName(member.name)}.${propName(sig.name)}`, query);
    }
  }
  return out;
}

function findQueryMember(node: ts.TypeNode): string | undefined {
  if (ts.isIntersectionTypeNode(node)) {
    for (const t of node.types) {
      const found = findQueryMember(t);
      if (found) return found;
    }
  }
  if (ts.isTypeLiteralNode(node)) {
    for (const m of node.members) {
      if (ts.isPropertySignature(m) && propName(m.name) === 'query' && m.type && ts.isTypeReferenceNode(m.type)) {
        return m.type.typeName.getText();
      }
    }
  }
  return undefined;
}

/** The properties of a `type X = { ... }` alias as query parameters, in declaration order. */
function aliasParameters(aliases: Map<string, ts.TypeNode>, name: string): Parameter[] {
  const node = aliases.get(name);
  if (!node) throw new Error(`phone.d.ts: type ${name} not found`);
  const members = (n: ts.TypeNode): ts.PropertySignature[] => {
    if (ts.isTypeLiteralNode(n)) return n.members.filter(ts.isPropertySignature);
    if (ts.isIntersectionTypeNode(n)) return n.types.flatMap(members);
    if (ts.isParenthesizedTypeNode(n)) return members(n.type);
    if (ts.isTypeReferenceNode(n)) return members(aliases.get(n.typeName.getText()) ?? fail(n));
    return fail(n);
  };
  const fail = (n: ts.Node): never => {
    throw new Error(`phone.d.ts: ${name}: cannot read ${n.getText()}`);
  };
  return members(node).map((m) => ({
    name: propName(m.name),
    in: 'query' as const,
    required: !m.questionToken,
    schema: m.type ? typeSchema(m.type, name) : fail(m),
    'x-source': RIVET,
  }));
}

/**
 * TypeScript type -> JSON Schema. Rivet's generator writes every numeric
 * parameter as `number`; in the phone API they are all integers (page_size,
 * count, carrier_code, calling_type, sort), so `number` maps to integer.
 */
function typeSchema(node: ts.TypeNode, where: string): Schema {
  if (ts.isParenthesizedTypeNode(node)) return typeSchema(node.type, where);
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'integer' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
  }
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: typeSchema(node.elementType, where) };
  const literals = ts.isUnionTypeNode(node) ? node.types : [node];
  const values = literals.map((t) => (ts.isLiteralTypeNode(t) ? literalValue(t.literal) : undefined));
  if (values.every((v) => typeof v === 'string')) return { type: 'string', enum: values };
  if (values.every((v) => typeof v === 'number')) return { type: 'integer', enum: values };
  throw new Error(`phone.d.ts: ${where}: unsupported query parameter type ${node.getText()}`);
}

function literalValue(lit: ts.LiteralTypeNode['literal']): string | number | undefined {
  if (ts.isStringLiteral(lit)) return lit.text;
  if (ts.isNumericLiteral(lit)) return Number(lit.text);
  if (ts.isPrefixUnaryExpression(lit) && ts.isNumericLiteral(lit.operand) && lit.operator === ts.SyntaxKind.MinusToken) {
    return -Number(lit.operand.text);
  }
  return undefined;
}

export interface RivetCatalogue {
  /** Every rivet phone endpoint, in declaration order. */
  endpoints: RivetEndpoint[];
  /** Endpoints keyed by rivetKey; the first wins where rivet declares one route twice. */
  index: RivetIndex;
}

export function loadRivet(dir = rivetDir()): RivetCatalogue {
  const dts = parse(join(dir, 'phone.d.ts'), ts.ScriptKind.TS);
  const aliases = new Map<string, ts.TypeNode>();
  for (const s of dts.statements) if (ts.isTypeAliasDeclaration(s)) aliases.set(s.name.text, s.type);
  const queryTypes = readQueryTypeNames(dts);
  const endpoints: RivetEndpoint[] = [];
  const index: RivetIndex = new Map();
  for (const [name, route] of readRoutes(join(dir, 'phone.cjs'))) {
    const queryType = queryTypes.get(name);
    const endpoint = { name, ...route, query: queryType ? aliasParameters(aliases, queryType) : [] };
    endpoints.push(endpoint);
    const key = rivetKey(route.method, route.path);
    if (!index.has(key)) index.set(key, endpoint);
  }
  return { endpoints, index };
}

// ---------------------------------------------------------------------------
// Putting them together

export interface PhoneParameterReport {
  /** Parameters contributed by each source (after earlier sources took theirs). */
  bySource: Record<string, number>;
  /** Phone operations that received at least one query parameter from rivet. */
  operationsWithRivetQuery: number;
  /** Phone operations that matched a rivet endpoint at all. */
  operationsMatchedToRivet: number;
  /** Rivet endpoints (METHOD path, rivet name) no Phone operation matched. */
  unmatchedRivet: string[];
  /** Phone operations rivet has no endpoint for (their query parameters rest on sources 1 and 2 only). */
  withoutRivet: string[];
}

/**
 * Later sources add only names not yet present; where rivet states an enum
 * for a parameter an earlier source named with a bare string type, the enum
 * is taken (the parameter keeps its first x-source).
 */
function merge(into: Parameter[], more: Parameter[]): number {
  let added = 0;
  for (const p of more) {
    const existing = into.find((q) => q.name === p.name);
    if (!existing) {
      into.push(p);
      added++;
    } else if (!existing.schema.enum && p.schema.enum && existing.schema.type === p.schema.type) {
      existing.schema = { ...existing.schema, enum: p.schema.enum };
    }
  }
  return added;
}

/**
 * Returns the phone operations with their parameters filled in (path
 * parameters from the template, query parameters from the three sources),
 * and a report of where each came from.
 */
export function withPhoneParameters(
  ops: SourceOperation[],
  rivet: RivetCatalogue,
): { operations: SourceOperation[]; report: PhoneParameterReport } {
  const report: PhoneParameterReport = {
    bySource: { [PAGINATION]: 0, [DOCUMENT_TEXT]: 0, [RIVET]: 0 },
    operationsWithRivetQuery: 0,
    operationsMatchedToRivet: 0,
    unmatchedRivet: [],
    withoutRivet: [],
  };
  const matched = new Set<RivetEndpoint>();
  const operations = ops.map((op) => {
    const query: Parameter[] = op.parameters.filter((p) => p.in === 'query');
    report.bySource[PAGINATION] += merge(query, paginationParameters(op));
    report.bySource[DOCUMENT_TEXT] += merge(query, documentParameters(op));
    const endpoint = rivet.index.get(rivetKey(op.method, op.path));
    if (!endpoint) report.withoutRivet.push(`${op.method} ${op.path}`);
    if (endpoint) {
      matched.add(endpoint);
      report.operationsMatchedToRivet++;
      const added = merge(query, structuredClone(endpoint.query));
      report.bySource[RIVET] += added;
      if (added > 0) report.operationsWithRivetQuery++;
    }
    const declaredPath = new Map(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
    const path = phonePathParameters(op).map((p) => declaredPath.get(p.name) ?? p);
    return { ...op, parameters: [...path, ...query] };
  });
  report.unmatchedRivet = rivet.endpoints
    .filter((e) => !matched.has(e))
    .map((e) => `${e.method} ${e.path} (${e.name}${e.query.length ? `, query: ${e.query.map((q) => q.name).join(', ')}` : ''})`);
  return { operations, report };
}
