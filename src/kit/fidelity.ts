// What a family records of its operations' documented behaviour: each rule the
// pages state in words, whether the server enforces it (and the test that shows
// it), and why any documented error cannot be drawn out. Each family keeps one
// in its folder (fidelity.ts); `npm run coverage` renders them all into
// docs/fidelity.md with the documented errors the tests assert, and refuses a
// record that leaves an implemented operation's documented error unaccounted for.
// Nothing at run time reads these records.
import type { DocumentedErrorName } from '../../spec/errors.ts';
import type { OperationId } from '../../spec/operations.ts';

/** A test that shows a rule holds: its file, and words of its title (they must appear in the file). */
export interface TestRef {
  file: string;
  test: string;
}

export type Rule = {
  op: OperationId;
  /** The rule, in the page's words where they are short enough. */
  rule: string;
} & ({ enforced: TestRef } | { notEnforced: string });

export type Unreachable = { [Id in OperationId]?: Partial<Record<DocumentedErrorName<Id>, string>> };

export interface FidelityRecord {
  rules: Rule[];
  /** A documented error no test draws out, and why (what the sandbox does not model, say). */
  unreachable: Unreachable;
}

export const defineFidelity = (record: FidelityRecord): FidelityRecord => record;
