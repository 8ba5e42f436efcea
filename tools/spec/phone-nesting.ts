// Nesting recovery for the Phone document (003).
//
// A schema was rendered as nested markdown lists and then flattened, so the
// tokens (phone-fields.ts) no longer say which list an item belongs to. The
// rendering still obeys a grammar, which bounds the choices for every item:
//   - the item right after an `object` field, or after an **Items:** /
//     **All of:** / **One of:** marker, may open a new nested list, and a new
//     list always starts with the `-` bullet;
//   - otherwise an item continues one of the lists still open, and carries
//     that list's bullet;
//   - lists that are members of one group (the schemas of an **All of:**, the
//     alternatives of a **One of:**) follow each other directly, and the
//     renderer alternates `-` and `*` between such adjacent lists.
// Among the placements the grammar allows, a beam search keeps the sequences
// that agree best with the JSON example (which shows the real tree for every
// field it contains) and with the renderer's sort order (within a list,
// required fields first, each part sorted by name), so a field the example
// leaves out still lands where its neighbours put it.
import type { Schema } from './model.ts';
import type { FieldToken, MarkerToken, Token, TypeFacts } from './phone-fields.ts';
import { limitsFromDescription } from './phone-limits.ts';

/** Thrown on a token sequence the grammar cannot place; parse-phone.ts adds the operation label. */
export class NestingError extends Error {
  constructor(
    readonly excerpt: string,
    reason: string,
  ) {
    super(reason);
  }
}

// Containers (objects whose properties a list holds) are named by their path
// from the body root, so every search branch that opens the same logical
// container uses the same name:
//   ''          the body itself
//   '/site'     property `site` of the body
//   '/logs[]'   the item object of array `logs` (`[]` alone: items of a body that is an array)
//   '~1'        the second alternative of a **One of:** on the body
export const ROOT = '';

type Bullet = '-' | '*';
type JsonObject = Record<string, unknown>;
type GroupKind = 'allOf' | 'oneOf' | 'anyOf';

interface Group {
  kind: GroupKind;
  /** The container the group describes. */
  base: string;
  /** Which member list is open (the alternative's number for oneOf/anyOf). */
  member: number;
}

/** One open list. Immutable: placing an item makes a new frame. */
interface Frame {
  container: string;
  bullet: Bullet;
  group?: Group;
  lastName?: string;
  lastRequired?: boolean;
  names: ReadonlySet<string>;
  /** Identity for merging search branches: what later scoring depends on. */
  key: string;
}

/** What the previous token left open for the next one to descend into. */
type Pending = { kind: 'object' | 'array'; path: string } | { kind: 'group'; group: Omit<Group, 'member'> };

/** Decisions, replayed at the end to build the schema. */
type Action =
  | { op: 'field'; container: string; token: FieldToken }
  | { op: 'items'; array: string; itemType?: TypeFacts }
  | { op: 'member'; kind: GroupKind; base: string; member: number };

/** Persistent list, newest first: search branches share their common history. */
type History = { action: Action; prev: History } | null;

interface State {
  frames: readonly Frame[];
  pending: Pending | null;
  score: number;
  history: History;
}

/**
 * A possible next state, scored but not yet built: the search scores many
 * more of these than it keeps, so building (copying the list's name set) waits.
 */
interface Candidate {
  score: number;
  key: string;
  /** Set for markers, whose next state costs nothing to build. */
  ready?: State;
  /** Set for fields: the list the item goes to and the lists left open below it. */
  from?: State;
  below?: readonly Frame[];
  list?: Frame;
  token?: FieldToken;
  opened?: Action;
  pending?: Pending | null;
}

// Measured on the whole document: widths from 4 to 128 give the same result.
const BEAM_WIDTH = 16;

// Evidence weights. The example decides wherever it shows a field; sort
// order, shape agreement and the rarity of long groups break the other ties.
const IN_EXAMPLE = 4;
const SHAPE_MISMATCH = -3;
const OUT_OF_ORDER = -3;
const DUPLICATE_NAME = -20;
/** A group seldom has more than two member lists; an outer list going on is likelier. */
const NEW_MEMBER = -1;

/**
 * Rebuilds the schema tree of one body from its flattened tokens, guided by
 * its JSON example (undefined when the document gives none).
 */
export function recoverSchema(tokens: readonly Token[], example: unknown): Schema {
  const examples = new ExampleIndex(example);
  let beam: State[] = [{ frames: [], pending: { kind: 'object', path: ROOT }, score: 0, history: null }];
  tokens.forEach((token, i) => {
    const candidates = beam.flatMap((state) => successors(state, token, examples, i === 0));
    if (candidates.length === 0) throw new NestingError(token.raw, 'the item fits no open list');
    beam = prune(candidates).map(build);
  });
  return buildSchema(replay(beam[0].history));
}

function prune(candidates: Candidate[]): Candidate[] {
  // Stable order: among equal scores the earlier candidate (the deeper, more
  // local placement) wins, which also keeps the result deterministic.
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b].score - candidates[a].score || a - b);
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = candidates[i];
    // Branches with the same open lists and pending descent score alike from
    // here on; only the best of them is worth keeping.
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    kept.push(c);
    if (kept.length === BEAM_WIDTH) break;
  }
  return kept;
}

function stateKey(frames: readonly Frame[], pending: Pending | null): string {
  const p = !pending ? '' : pending.kind === 'group' ? `${pending.group.kind}:${pending.group.base}` : `${pending.kind}:${pending.path}`;
  return `${frames.map((f) => f.key).join('>')}#${p}`;
}

function frame(fields: Omit<Frame, 'key'>): Frame {
  return { ...fields, key: frameKey(fields.container, fields.bullet, fields.group, fields.lastName) };
}

function frameKey(container: string, bullet: Bullet, group: Group | undefined, lastName: string | undefined): string {
  return `${container}|${bullet}|${group?.member ?? ''}|${lastName ?? ''}`;
}

// ---------------------------------------------------------------------------
// Transitions

function successors(state: State, token: Token, examples: ExampleIndex, first: boolean): Candidate[] {
  if (token.kind === 'field') return placeField(state, token, examples);
  return applyMarker(state, token, first).map((next) => ({ score: next.score, key: stateKey(next.frames, next.pending), ready: next }));
}

function applyMarker(state: State, token: MarkerToken, first: boolean): State[] {
  const p = state.pending;
  switch (token.kind) {
    case 'arrayOf':
      // `**Array of:**` makes the body itself an array; it can only come first.
      return first ? [withItems(state, ROOT, token)] : [];
    case 'items':
      return p?.kind === 'array' ? [withItems(state, p.path, token)] : [];
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      if (p?.kind === 'object') return [{ ...state, pending: { kind: 'group', group: { kind: token.kind, base: p.path } } }];
      // `**All of:** **All of:**`: the first member is itself an allOf of the
      // same object, and all of it merges into that object.
      if (p?.kind === 'group' && p.group.kind === 'allOf' && token.kind === 'allOf') return [state];
      return [];
  }
}

function withItems(state: State, array: string, token: MarkerToken): State {
  const itemPath = `${array}[]`;
  const type = token.itemType?.type;
  const pending: Pending | null =
    type === undefined || type === 'object' ? { kind: 'object', path: itemPath } : type === 'array' ? { kind: 'array', path: itemPath } : null;
  return { ...state, pending, history: { action: { op: 'items', array, itemType: token.itemType }, prev: state.history } };
}

function placeField(state: State, token: FieldToken, examples: ExampleIndex): Candidate[] {
  const out: Candidate[] = [];
  const opened = openNewList(state.pending, token.bullet);
  if (opened) out.push(place(state, state.frames, opened.frame, token, examples, opened.action));
  // Continue an open list, innermost first, or start the next member list of a group.
  for (let depth = state.frames.length - 1; depth >= 0; depth--) {
    const open = state.frames[depth];
    const below = state.frames.slice(0, depth);
    if (open.bullet === token.bullet) out.push(place(state, below, open, token, examples));
    const member = nextMember(open, token.bullet);
    if (member) out.push(place(state, below, member.frame, token, examples, member.action, NEW_MEMBER));
  }
  return out;
}

/** The nested list a pending object or group opens for an item with this bullet, if any. */
function openNewList(pending: Pending | null, bullet: Bullet): { frame: Frame; action?: Action } | undefined {
  if (!pending || bullet !== '-') return undefined;
  if (pending.kind === 'group') return memberList({ ...pending.group, member: 0 }, bullet);
  if (pending.kind === 'object') return { frame: frame({ container: pending.path, bullet, names: new Set() }) };
  return undefined; // an array opens nothing until its **Items:** marker
}

/** A group's next member list starts with the other bullet than the list before it. */
function nextMember(open: Frame, bullet: Bullet): { frame: Frame; action: Action } | undefined {
  if (!open.group || open.bullet === bullet) return undefined;
  return memberList({ ...open.group, member: open.group.member + 1 }, bullet);
}

function memberList(group: Group, bullet: Bullet): { frame: Frame; action: Action } {
  // allOf members all describe the same object, so their lists merge into it.
  const container = group.kind === 'allOf' ? group.base : `${group.base}~${group.member}`;
  const action: Action = { op: 'member', kind: group.kind, base: group.base, member: group.member };
  return { frame: frame({ container, bullet, group, names: new Set() }), action };
}

function place(from: State, below: readonly Frame[], list: Frame, token: FieldToken, examples: ExampleIndex, opened?: Action, cost = 0): Candidate {
  const score = from.score + cost + placementScore(list, token, examples);
  const path = `${list.container}/${token.name}`;
  const pending: Pending | null = token.type === 'object' || token.type === 'array' ? { kind: token.type, path } : null;
  let key = '';
  for (const f of below) key += `${f.key}>`;
  key += `${frameKey(list.container, list.bullet, list.group, token.name)}#${pending ? `${pending.kind}:${path}` : ''}`;
  return { score, key, from, below, list, token, opened, pending };
}

function build(c: Candidate): State {
  if (c.ready) return c.ready;
  const { from, below, list, token, opened, pending } = c as Required<Candidate>;
  const names = new Set(list.names).add(token.name);
  const placed = frame({ ...list, lastName: token.name, lastRequired: token.required, names });
  let history = from.history;
  if (opened) history = { action: opened, prev: history };
  history = { action: { op: 'field', container: list.container, token }, prev: history };
  return { frames: [...below, placed], pending, score: c.score, history };
}

// ---------------------------------------------------------------------------
// Evidence

function placementScore(list: Frame, token: FieldToken, examples: ExampleIndex): number {
  let score = 0;
  const values = examples.valuesOf(list.container, token.name);
  if (values.length > 0) score += IN_EXAMPLE;
  if (values.some((v) => !shapeAgrees(token.type, v))) score += SHAPE_MISMATCH;
  if (list.names.has(token.name)) score += DUPLICATE_NAME;
  if (list.lastName !== undefined && outOfOrder(list.lastName, list.lastRequired ?? false, token)) score += OUT_OF_ORDER;
  return score;
}

/** Whether an example value has the structure (object, array, scalar) the type line states. */
function shapeAgrees(type: FieldToken['type'], value: unknown): boolean {
  if (value === null) return true;
  if (type === 'object') return isObject(value);
  if (type === 'array') return Array.isArray(value);
  return typeof value !== 'object';
}

/** The renderer lists required fields first, each part sorted by name. */
function outOfOrder(lastName: string, lastRequired: boolean, token: FieldToken): boolean {
  if (token.required !== lastRequired) return token.required;
  return token.name < lastName;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The example's values under each container path, computed once per path. */
class ExampleIndex {
  private readonly objects = new Map<string, JsonObject[]>();

  constructor(private readonly example: unknown) {}

  /** The example values of property `name` in the objects at `path`. */
  valuesOf(path: string, name: string): unknown[] {
    const out: unknown[] = [];
    for (const o of this.objectsAt(path)) if (Object.hasOwn(o, name)) out.push(o[name]);
    return out;
  }

  private objectsAt(path: string): JsonObject[] {
    let hit = this.objects.get(path);
    if (!hit) {
      hit = this.values(path).filter(isObject);
      this.objects.set(path, hit);
    }
    return hit;
  }

  /** `/name` steps into a property, `[]` into every array element; `~n` (an alternative) keeps the values. */
  private values(path: string): unknown[] {
    if (path === ROOT) return this.example === undefined ? [] : [this.example];
    const m = /^(.*?)(?:\/([^/~[\]]+)|(\[\])|~\d+)$/.exec(path);
    if (!m) throw new NestingError(path, `internal: unreadable container path ${path}`);
    const parent = this.values(m[1]);
    if (m[2] !== undefined) return parent.filter(isObject).filter((o) => Object.hasOwn(o, m[2])).map((o) => o[m[2]]);
    if (m[3] !== undefined) return parent.filter(Array.isArray).flat();
    return parent;
  }
}

// ---------------------------------------------------------------------------
// Building the schema from the chosen decisions

function replay(history: History): Action[] {
  const out: Action[] = [];
  for (let node = history; node; node = node.prev) out.push(node.action);
  return out.reverse();
}

function buildSchema(actions: Action[]): Schema {
  const root: Schema = { type: 'object' };
  const nodes = new Map<string, Schema>([[ROOT, root]]);
  const at = (path: string): Schema => {
    const node = nodes.get(path);
    if (!node) throw new NestingError(path, `internal: no schema node at ${path}`);
    return node;
  };
  for (const action of actions) {
    if (action.op === 'field') nodes.set(`${action.container}/${action.token.name}`, addField(at(action.container), action.token));
    else if (action.op === 'items') nodes.set(`${action.array}[]`, addItems(at(action.array), action.array === ROOT, action.itemType));
    else if (action.kind !== 'allOf') nodes.set(`${action.base}~${action.member}`, addAlternative(at(action.base), action.member));
    // allOf members need no node: their lists merge into the base object.
  }
  return root;
}

function addField(container: Schema, token: FieldToken): Schema {
  container.properties ??= {};
  // Two allOf members may both describe a property; the first description
  // stands and the second only fills in what it lacks.
  const earlier = container.properties[token.name];
  const schema = earlier ? { ...factsSchema(token), ...earlier } : factsSchema(token);
  container.properties[token.name] = schema;
  if (token.required) {
    container.required ??= [];
    if (!container.required.includes(token.name)) container.required.push(token.name);
  }
  return schema;
}

function addItems(array: Schema, isBody: boolean, itemType: TypeFacts | undefined): Schema {
  if (isBody) array.type = 'array';
  const items: Schema = itemType ? factsSchema(itemType) : { type: 'object' };
  // "`array`, possible values: `1, 2, 3` ... **Items:** `integer`": the values
  // are those of the items; on the array itself the enum would match nothing.
  if (array.enum && !items.enum && items.type !== 'object') {
    items.enum = array.enum;
    delete array.enum;
  }
  array.items = items;
  return items;
}

function addAlternative(base: Schema, member: number): Schema {
  // The document's One of alternatives overlap (nothing required tells them
  // apart), so under `oneOf` every body would match several and be rejected;
  // `anyOf` says what the document means: the body has one of these shapes.
  const alternative: Schema = { type: 'object' };
  base.anyOf ??= [];
  base.anyOf[member] = alternative;
  return alternative;
}

/** The schema a type line states: type, enum, format, default, limits, description. */
export function factsSchema(facts: TypeFacts): Schema {
  const schema: Schema = { type: facts.type };
  if (facts.format) schema.format = facts.format;
  if (facts.enum) schema.enum = facts.enum;
  if (facts.default !== undefined) schema.default = facts.default;
  Object.assign(schema, limitsFromDescription(facts.type, facts.description));
  if (facts.description) schema.description = facts.description;
  return schema;
}
