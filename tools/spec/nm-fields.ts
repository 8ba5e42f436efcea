// Field lists of the Number Management document (002) and how their nesting
// is recovered.
//
// The document is an HTML rendering of nested <ul> lists flattened to text,
// with no indentation. What survives of the list structure is where the
// bullets ("-") fall, and that is enough to rebuild the tree exactly:
//
//   -                                   bullet of the first item of the body
//   next_page_tokenstring— Token. -     " -" at a line end: bullet of the next sibling
//   carrierobject— The carrier.-        "-" glued to an object line: bullet of its first child
//   codeinteger— Code. -
//   namestring— Name.                   no marker: last item of its list
//   -                                   a lone "-" closes the child list...
//   -                                   ...and the next lone "-" is the next sibling's bullet
//   numbersarray— Numbers.Items:        "Items:" then a lone "-": the items are objects,
//   -                                     their fields follow as a nested list
//   capabilityarray— Caps.Items:        "Items:" then a type line: the items are scalars
//   string, possible values:"A", "B" -
//
// So after the last item of a list, a run of n lone dashes followed by a field
// is n-1 closes and one sibling bullet; a run followed by the end of the body
// is n closes. Every closing bullet is checked; anything else fails loudly.
import type { Schema } from './model.ts';
import { describeField } from './nm-text.ts';

export class FieldListError extends Error {
  constructor(
    readonly excerpt: string,
    reason: string,
  ) {
    super(reason);
  }
}

const TYPES = 'string|integer|boolean|object|array|number';
/** `name(required)type, modifiers`: the name is glued to the type, so the type is found by what may follow it. */
const FIELD_HEAD = new RegExp(`^([A-Za-z0-9_]+?)(\\(required\\))?(${TYPES})((?:, .*)?)$`);
/** The type line under `Items:` when the items are scalars: `string`, `string, possible values:...`. */
const ITEM_HEAD = new RegExp(`^(${TYPES})((?:, .*)?)$`);
/** `, possible values:"A", "B"`, `, default:"A"`, `, default:30`, `, format:int32`. */
const MODIFIER = /, (possible values|default|format):("(?:[^"\\]|\\.)*"(?:, "(?:[^"\\]|\\.)*")*|[^,]+)/y;

type Marker = 'sibling' | 'children' | 'items' | 'last';

interface FieldLine {
  kind: 'field';
  name: string;
  required: boolean;
  schema: Schema;
  marker: Marker;
  line: string;
}

interface ItemLine {
  kind: 'item';
  schema: Schema;
  marker: Marker;
  line: string;
}

interface Dash {
  kind: 'dash';
  line: string;
}

type Token = FieldLine | ItemLine | Dash;

/** The object schema of a body's field list (the lines between `Content-Type:` and `Example:`). */
export function parseFieldList(lines: string[]): Schema {
  const tokens = tokenize(lines);
  const reader = new Reader(tokens);
  reader.expectDash('the field list does not start with a bullet');
  const root = readList(reader, 0);
  if (!reader.done()) throw new FieldListError(reader.peek()!.line, 'text after the end of the field list');
  return root;
}

// ---------------------------------------------------------------------------
// Lines -> tokens

function tokenize(lines: string[]): Token[] {
  const tokens: Token[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (line === '-') {
      tokens.push({ kind: 'dash', line });
      continue;
    }
    // A scalar `Items:` type has no name: it can only come right after an `Items:` line.
    const previous = tokens[tokens.length - 1];
    const afterItems = previous?.kind === 'field' && previous.marker === 'items';
    tokens.push(afterItems ? itemLine(line) : fieldLine(line));
  }
  return tokens;
}

function fieldLine(line: string): FieldLine {
  const { body, marker } = splitMarker(line);
  const { head, description } = splitDescription(body);
  const m = FIELD_HEAD.exec(head);
  if (!m) throw new FieldListError(line, 'a field line that does not read "name(required)type, modifiers— description"');
  const [, name, required, type, modifiers] = m;
  if (marker === 'children' && type !== 'object') {
    throw new FieldListError(line, `a "-" glued to a ${type} field: only objects open a child list`);
  }
  if (marker === 'items' && type !== 'array') throw new FieldListError(line, `"Items:" after a ${type} field`);
  return { kind: 'field', name, required: Boolean(required), schema: scalarSchema(line, type, modifiers, description), marker, line };
}

function itemLine(line: string): ItemLine {
  const { body, marker } = splitMarker(line);
  const { head, description } = splitDescription(body);
  const m = ITEM_HEAD.exec(head);
  if (!m) throw new FieldListError(line, 'an "Items:" type line that does not read "type, modifiers— description"');
  if (marker === 'children' || marker === 'items' || m[1] === 'object' || m[1] === 'array') {
    throw new FieldListError(line, 'nested items under a scalar "Items:" line are not supported');
  }
  return { kind: 'item', schema: scalarSchema(line, m[1], m[2], description), marker, line };
}

function splitMarker(line: string): { body: string; marker: Marker } {
  if (line.endsWith('Items:')) return { body: line.slice(0, -'Items:'.length), marker: 'items' };
  if (line.endsWith(' -')) return { body: line.slice(0, -2), marker: 'sibling' };
  if (line.endsWith('-')) return { body: line.slice(0, -1), marker: 'children' };
  return { body: line, marker: 'last' };
}

/** The head never holds an em dash, so the first one starts the description. */
function splitDescription(body: string): { head: string; description: string } {
  const at = body.indexOf('—');
  if (at < 0) return { head: body.trim(), description: '' };
  return { head: body.slice(0, at).trim(), description: body.slice(at + 1).trim() };
}

function scalarSchema(line: string, type: string, modifiers: string, description: string): Schema {
  const found: Pick<Schema, 'format' | 'enum' | 'default'> = {};
  MODIFIER.lastIndex = 0;
  let consumed = 0;
  for (let m = MODIFIER.exec(modifiers); m; m = MODIFIER.exec(modifiers)) {
    consumed = MODIFIER.lastIndex;
    const [, key, value] = m;
    if (key === 'format') found.format = value.trim();
    else if (key === 'default') found.default = typedValue(line, type, value);
    else found.enum = splitQuoted(value).map((v) => typedValue(line, type, v));
  }
  if (consumed !== modifiers.length) throw new FieldListError(line, `unreadable modifiers "${modifiers.slice(consumed)}"`);
  // Keyword order as a reader expects it: type, format, description, enum, default.
  const schema = describeField({ type, ...(found.format ? { format: found.format } : {}) }, description);
  if (found.enum) schema.enum = found.enum;
  if (found.default !== undefined) schema.default = found.default;
  return schema;
}

/** `"A", "B"` -> ['"A"', '"B"']; an unquoted value stays whole. */
function splitQuoted(value: string): string[] {
  const quoted = value.match(/"(?:[^"\\]|\\.)*"/g);
  return quoted ?? [value];
}

function typedValue(line: string, type: string, written: string): unknown {
  const text = written.trim();
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    // An unquoted word ("default:INBOUND") is a string.
  }
  const ok =
    (type === 'string' && typeof value === 'string') ||
    ((type === 'integer' || type === 'number') && typeof value === 'number' && (type === 'number' || Number.isInteger(value))) ||
    (type === 'boolean' && typeof value === 'boolean');
  if (!ok) throw new FieldListError(line, `the value ${text} is not a ${type}`);
  return value;
}

// ---------------------------------------------------------------------------
// Tokens -> tree

class Reader {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}
  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }
  next(): Token | undefined {
    return this.tokens[this.at++];
  }
  done(): boolean {
    return this.at >= this.tokens.length;
  }
  expectDash(reason: string): void {
    const t = this.next();
    if (t?.kind !== 'dash') throw new FieldListError(t?.line ?? '(end of the field list)', reason);
  }
}

/**
 * Reads the items of one list (its opening bullet already consumed) into an
 * object schema, and consumes the list's closing bullet (none at depth 0).
 */
function readList(reader: Reader, depth: number): Schema {
  const object: Schema = { type: 'object', properties: {} };
  const required: string[] = [];
  for (;;) {
    const t = reader.next();
    if (t?.kind !== 'field') throw new FieldListError(t?.line ?? '(end of the field list)', 'expected a field after a bullet');
    if (object.properties![t.name]) throw new FieldListError(t.line, `field "${t.name}" listed twice in one object`);
    const { schema, marker } = readFieldBody(reader, depth, t);
    object.properties![t.name] = schema;
    if (t.required) required.push(t.name);
    if (marker === 'sibling') continue;
    if (marker === 'last') break;
    // After a nested list: a lone dash followed by a field is the next sibling's bullet.
    if (reader.peek()?.kind === 'dash' && reader.peek(1)?.kind === 'field') {
      reader.next();
      continue;
    }
    break;
  }
  if (depth > 0) reader.expectDash('a nested list that is not closed by a bullet');
  if (required.length > 0) object.required = required;
  return object;
}

/** A field's schema, with its children or items; `marker` says how the field's list continues. */
function readFieldBody(reader: Reader, depth: number, t: FieldLine): { schema: Schema; marker: Marker } {
  if (t.marker === 'children') {
    const children = readList(reader, depth + 1);
    return { schema: { ...t.schema, ...pick(children, 'properties', 'required') }, marker: 'children' };
  }
  if (t.marker !== 'items') return { schema: t.schema, marker: t.marker };
  const next = reader.next();
  if (next?.kind === 'dash') return { schema: { ...t.schema, items: readList(reader, depth + 1) }, marker: 'children' };
  if (next?.kind === 'item') return { schema: { ...t.schema, items: next.schema }, marker: next.marker };
  throw new FieldListError(next?.line ?? t.line, '"Items:" followed by neither a bullet nor a type');
}

function pick(schema: Schema, ...keys: Array<'properties' | 'required'>): Schema {
  const out: Schema = {};
  for (const k of keys) if (schema[k] !== undefined) (out as Record<string, unknown>)[k] = schema[k];
  return out;
}
