// The one error the policies family answers that its pages do not document
// (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const policyLocked = undocumented({
  status: 400,
  code: 400,
  message: 'The policy {policyType} is locked at the {level} level and cannot be changed.',
  why:
    "The pages say a locked policy 'cannot be overridden at lower levels' but document no error for a change below the lock; " +
    "it is refused with the 400/400 status and code of the pages' other refusals of a policy change, naming the level that locked it.",
});
