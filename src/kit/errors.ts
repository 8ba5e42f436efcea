// Domain errors answer with the operation's documented code and message, named
// from the generated catalogue (spec/errors.ts), so each operation speaks the
// words of its own page. Where the page documents nothing for a rule, the choice
// is made once, with its reason, through `undocumented` and listed in docs/.
import { ZoomError } from '../errors.ts';
import { documentedErrors } from '../../spec/errors.ts';

export interface ErrorShape {
  status: number;
  code: number;
  message: string;
}

const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{([\w ]+)\}/g, (whole, name: string) => (values[name] !== undefined ? String(values[name]) : whole));

function entryOf(operationId: string, name: string): ErrorShape {
  const entry = (documentedErrors as Record<string, Record<string, ErrorShape>>)[operationId]?.[name];
  if (!entry) throw new Error(`${operationId} documents no error named ${name}`);
  return entry;
}

/** The documented error `name` of operation `operationId`. */
export function documentedError(operationId: string, name: string, values: Record<string, string | number> = {}): ZoomError {
  const entry = entryOf(operationId, name);
  return new ZoomError(entry.status, entry.code, fill(entry.message, values));
}

/** The documented error `name` of operation `operationId`, each of its `{placeholders}` filled with `value`. */
export function documentedErrorFor(operationId: string, name: string, value: string): ZoomError {
  const entry = entryOf(operationId, name);
  return new ZoomError(entry.status, entry.code, entry.message.replace(/\{[\w ]+\}/g, value));
}

export interface UndocumentedChoice extends ErrorShape {
  /** Why this status, code and message: what the page says, and what it leaves out. */
  why: string;
}

const choices: UndocumentedChoice[] = [];

/**
 * An error the documents do not list for the operation that answers it. Declare
 * it once at module level; every declared choice is listed in docs/undocumented-errors.md.
 */
export function undocumented(choice: UndocumentedChoice): (values?: Record<string, string | number>) => ZoomError {
  choices.push(choice);
  return (values = {}) => new ZoomError(choice.status, choice.code, fill(choice.message, values));
}

/** Every undocumented choice the loaded modules declared. */
export const undocumentedChoices = (): readonly UndocumentedChoice[] => choices;

/**
 * A documented error whose page gives a status and code but no words (or words
 * for another rule): answered with that status and code, in words naming the
 * rule broken, and the field when there is one.
 */
export function worded(documented: ZoomError, message: string, field?: string): ZoomError {
  return new ZoomError(documented.status, documented.code, message, field ? [{ field, message }] : undefined);
}
