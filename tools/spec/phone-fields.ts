// Tokenizer for the field lists of the Phone document (003). A body or
// response schema was rendered as nested markdown lists and then flattened,
// so what is left is a flat run of list items and structure markers:
//
//   - **`name` (required)** `type`, possible values: `"a", "b"`, format: `date`, default: `"a"` — description
//   **All of:**  **One of:**  **Any of:**  **Items:** `string` — description  **Array of:**
//
// The bullet character survives and matters: a markdown renderer switches
// from `-` to `*` when a list directly follows a sibling list, so it tells
// which of two adjacent lists an item belongs to (see phone-nesting.ts).
import { prose } from './phone-text.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
const FIELD_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array']);

/** What a type line states besides the type itself. */
export interface TypeFacts {
  type: FieldType;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  description: string;
}

export interface FieldToken extends TypeFacts {
  kind: 'field';
  bullet: '-' | '*';
  name: string;
  required: boolean;
  /** Source text of the item, for error messages. */
  raw: string;
}

export type MarkerKind = 'allOf' | 'oneOf' | 'anyOf' | 'items' | 'arrayOf';

export interface MarkerToken {
  kind: MarkerKind;
  /** `**Items:** \`string\`` states the item type inline when items are not objects. */
  itemType?: TypeFacts;
  raw: string;
}

export type Token = FieldToken | MarkerToken;

/** Thrown by the tokenizer; parse-phone.ts adds the operation label. */
export class FieldSyntaxError extends Error {
  constructor(
    readonly excerpt: string,
    reason: string,
  ) {
    super(reason);
  }
}

const MARKERS: Record<string, MarkerKind> = {
  'All of': 'allOf',
  'One of': 'oneOf',
  'Any of': 'anyOf',
  Items: 'items',
  'Array of': 'arrayOf',
};

// A list item starts with its bullet after whitespace; a marker is bold text.
const TOKEN_START = /(?<=^|\s)([-*]) \*\*`([^`]+)`( \(required\))?\*\*|\*\*(All of|One of|Any of|Items|Array of):\*\*/g;

// `type`, then comma-separated `key: \`value\`` facts, then ` — description`.
const TYPE_LINE = /^\s*`([^`]+)`((?:, [a-z ]+: `[^`]*`)*)(?:\s+—\s*([\s\S]*)|\s*)$/;
const FACT = /, ([a-z ]+): `([^`]*)`/g;

/** Splits the text of one field list (between the content type and the example) into tokens. */
export function tokenizeFields(text: string): Token[] {
  const starts = [...text.matchAll(TOKEN_START)];
  const lead = text.slice(0, starts[0]?.index ?? text.length);
  if (lead.trim() !== '') throw new FieldSyntaxError(lead, 'text before the first field');
  return starts.map((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    const rest = text.slice(m.index + m[0].length, end);
    const raw = text.slice(m.index, end);
    return m[4] ? markerToken(MARKERS[m[4]], rest, raw) : fieldToken(m, rest, raw);
  });
}

function fieldToken(m: RegExpMatchArray, rest: string, raw: string): FieldToken {
  const facts = typeFacts(rest, raw);
  if (!facts) throw new FieldSyntaxError(raw, `field \`${m[2]}\` has no readable \`type\``);
  return { kind: 'field', bullet: m[1] as '-' | '*', name: m[2], required: Boolean(m[3]), raw, ...facts };
}

function markerToken(kind: MarkerKind, rest: string, raw: string): MarkerToken {
  if (rest.trim() === '') return { kind, raw };
  const itemType = kind === 'items' || kind === 'arrayOf' ? typeFacts(rest, raw) : undefined;
  if (!itemType) throw new FieldSyntaxError(raw, `unexpected text after a **${kind}** marker`);
  return { kind, itemType, raw };
}

/** Reads "`type`, possible values: ..., default: ... — description"; undefined if it is not one. */
function typeFacts(rest: string, raw: string): TypeFacts | undefined {
  const m = TYPE_LINE.exec(rest);
  if (!m) return undefined;
  if (!FIELD_TYPES.has(m[1])) throw new FieldSyntaxError(raw, `unknown type \`${m[1]}\``);
  const facts: TypeFacts = { type: m[1] as FieldType, description: prose(m[3] ?? '') };
  for (const [, key, value] of m[2].matchAll(FACT)) applyFact(facts, key, value, raw);
  return facts;
}

function applyFact(facts: TypeFacts, key: string, value: string, raw: string): void {
  switch (key) {
    case 'possible values':
      facts.enum = parseJsonValue(`[${value}]`, raw, 'possible values') as unknown[];
      return;
    case 'format':
      facts.format = value;
      return;
    case 'default':
      facts.default = parseJsonValue(value, raw, 'default');
      return;
    default:
      throw new FieldSyntaxError(raw, `unknown type fact "${key}"`);
  }
}

function parseJsonValue(text: string, raw: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FieldSyntaxError(raw, `${what} are not JSON literals: ${text}`);
  }
}
