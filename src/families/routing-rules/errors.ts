// The errors the routing-rules family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const ruleNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Routing rule does not exist.',
  why:
    'getDirectoryBackupRoutingRule documents no error; updateDirectoryBackupRoutingRule and deleteDirectoryBackupRoutingRule answer 400/404 ' +
    "'Routing rule does not exist.' for an id the account does not have, and the read answers the same.",
});

export const invalidOrder = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. The order must be between 1 and {max}.',
  why:
    "updateDirectoryBackupRoutingRule's order ranks the rule among the rules of its scope ('1' being the highest) and documents no error for an order " +
    'past them; the page answers its other validation refusals with 400/300.',
});

export const invalidPattern = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Number Pattern ({0}) is not a valid regular expression.',
  why:
    "The pages call number_pattern 'the Perl-compatible number_pattern expression' and document no error for one that does not compile; " +
    'a router could not test dialed numbers against it, so it is refused with the 400/300 of the other number pattern refusals.',
});
