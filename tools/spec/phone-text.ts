// Text helpers for the Phone document (003): it is markdown that was rendered
// to one flattened stream, so prose carries markdown escapes (`\_`, `\*`,
// `` \` ``, `\[`) and the only surviving line breaks are hard breaks, written
// as a backslash at the end of a physical line.

/** A markdown hard line break: backslash, optional spaces, newline. */
export const HARD_BREAK = /\\[ \t]*\r?\n/g;

/** Turns hard breaks into '\n' and drops markdown backslash escapes. */
export function unescapeMarkdown(text: string): string {
  return text.replace(HARD_BREAK, '\n').replace(/\\([^\sA-Za-z0-9])/g, '$1');
}

/** Collapses runs of spaces and tabs but keeps line breaks, then trims. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** Unescaped, tidied prose: what goes into `description`. */
export function prose(text: string): string {
  return tidy(unescapeMarkdown(text));
}

/** The contents of every `code span` in a piece of markdown, in order. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]*)`/g)].map((m) => m[1]);
}

/** A short excerpt for error messages: one line, bounded length. */
export function excerpt(text: string, length = 200): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, length);
}
