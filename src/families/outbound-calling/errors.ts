// The errors the outbound-calling family answers where its operations' pages document
// none (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';
import { ZoomError } from '../../errors.ts';

const invalidInput = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed.',
  why:
    "The Outbound Calling pages document only 13504 (the policy setting off) for a 400; a country or region no ISO code names, an item without iso_code or rule, a country named twice, " +
    'an exception rule left out, or a number or prefix that is not national digits of its country (E.164: 15 digits at most with the calling code) are refused as Zoom refuses input its schema lets through: 400/300, the field named in errors[].',
});

/** The validation failure with the field and what is wrong with it. */
export function invalid(field: string, message: string): ZoomError {
  const e = invalidInput();
  return new ZoomError(e.status, e.code, e.message, [{ field, message }]);
}

export const blockedAbove = undocumented({
  status: 400,
  code: 300,
  message: 'The country or region {iso_code} is blocked at a higher level and cannot be allowed at the {level} level.',
  why:
    'The pages say nothing of a lower level loosening what a higher one set. Like the policies that inherit (a lock above fixes the value below), a country blocked at the account (or the site) stays blocked for the levels under it: ' +
    'a rule other than Blocked for it below is refused, nothing changed.',
});

export const exceptionUnderBlock = undocumented({
  status: 400,
  code: 300,
  message: 'The country or region {country} is blocked at a higher level: an exception rule of the {level} level cannot allow its numbers.',
  why:
    "An exception rule states the opposite of its level's default for its country; where a level above blocks the country, it would allow numbers the level above blocks, " +
    'which a lower level cannot do (as for the country rule itself). The pages document no error for it.',
});

export const exceptionTaken = undocumented({
  status: 409,
  code: 409,
  message: 'The exception rule already exists: {prefix_number}.',
  why:
    'The pages document no error for a second exception rule of the same country, match type and number or prefix at one level; the two would say the same thing. ' +
    'Answered as a conflict (409, the code as Zoom answers its other conflicts), decided by a unique index, so two concurrent adds cannot both win.',
});

export const exceptionNotFound = undocumented({
  status: 404,
  code: 13507,
  message: 'The exception rule does not exist: {exceptionRuleId}.',
  why:
    "The update pages document no error for an exception rule the level does not have; answered as the delete pages document it for the same path (404/13507 'The exception rule does not exist: {exceptionRuleId}.').",
});
