// The words the external-contacts family gives its documented errors: each
// 'Validation failed.' names the field and the rule broken in its errors[], and
// deleteAnExternalContact's 400/300 row, which has no words, takes the get's.
import { ZoomError } from '../../errors.ts';
import type { FieldProblem } from './rules.ts';

export { worded } from '../../kit/errors.ts';

/** The documented 'Validation failed.' (its status, code and words), with what was wrong field by field. */
export const withProblems = (documented: ZoomError, problems: FieldProblem[]): ZoomError =>
  new ZoomError(documented.status, documented.code, documented.message, problems);

export const WORDS = {
  notFound: (id: string) => `External contact does not exist: ${id}.`,
  idTaken: (id: string) => `External contact id (${id}) already exists.`,
  extensionTaken: (n: string) => `Extension number ${n} is already used in the account.`,
};
