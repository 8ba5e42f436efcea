// Documented errors of the Phone document (003). Under an error status the
// document lists one or more codes, each followed by its message(s):
//
//   ##### Status: 400 \*\*HTTP Status Code:\*\* \`400\` \
//   Bad Request \*\*Error Code:\*\* \`300\` \
//   Validation Failed. \
//   \*\*Error Code:\*\* \`1001\` \
//   User does not exist: {userId}. \
//
// Lines under one code are separate messages the server may answer with that
// code; so are the bullets of a `\* a \* b` or `Failed. - a - b` list. Each
// becomes one triple. Several sentences on one line stay one message, except on
// the lines merged-messages.ts lists, where each names a failure of its own. A
// code the page gives without words is kept with an empty message: Zoom answers
// it, in words the page does not give.
import type { DocumentedError } from './model.ts';
import { HARD_BREAK } from './phone-text.ts';
import { splitMerged, unseenMerged } from './merged-messages.ts';

const mergedSeen = new Set<string>();

/** Lines merged-messages.ts lists that no parsed section had. */
export const staleMergedMessages = (): string[] => unseenMerged(mergedSeen);

const ERROR_CODE = /\\\*\\\*Error Code:\\\*\\\*\s*\\`(\d+)\\`/g;

/** The text of a status section before its first error code (the status description). */
export function beforeFirstErrorCode(statusText: string): string {
  const i = statusText.search(ERROR_CODE);
  return i < 0 ? statusText : statusText.slice(0, i);
}

/** Every (status, code, message) the text of one status section documents. */
export function documentedErrors(status: number, statusText: string): DocumentedError[] {
  const codes = [...statusText.matchAll(ERROR_CODE)];
  return codes.flatMap((m, i) => {
    const end = i + 1 < codes.length ? codes[i + 1].index : statusText.length;
    const text = statusText.slice(m.index + m[0].length, end);
    const messages = errorMessages(text).flatMap((line) => splitMerged(line, mergedSeen));
    return (messages.length ? messages : ['']).map((message) => ({ status, code: Number(m[1]), message }));
  });
}

/** Splits a code's text into its messages: one per line, one per `\*` bullet. */
export function errorMessages(text: string): string[] {
  return text
    .split(HARD_BREAK)
    .flatMap((line) => line.split(/(?:^|\s)\\\*(?!\\\*)\s*/))
    // "Validation failed. - Profile picture size must less than 2 MB. - ..."
    .flatMap((line) => line.split(/(?<=[.:!?])\s+-\s+(?=[A-Z])/))
    .map(cleanMessage)
    .filter((message) => message !== '');
}

function cleanMessage(text: string): string {
  return text
    .replace(/\\\*\\\*/g, '') // bold markers are presentation, not message text
    .replace(/\\([^\sA-Za-z0-9])/g, '$1')
    .replace(/\\\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
