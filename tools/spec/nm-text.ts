// Text helpers shared by the Number Management parser and the small-page
// parser: description clean-up, facts stated in prose, rate-limit labels.
import type { RateLimitLabel, Schema } from './model.ts';

/** Trims, drops HTML line breaks and markdown backslash escapes, and collapses runs of blanks within lines. */
export function cleanText(text: string): string {
  return text
    .replace(/\s*<br\s*\/?>\s*/gi, '\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|"'<>])/g, '$1')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Length limits the documents state only in prose: "with the maximum length of
 * 36 characters", "The maximum is 255 characters.", "15 characters or fewer",
 * "a limit of 32 characters or fewer", "The maximum allowed length of the DNIS is 8."
 */
const MAX_LENGTH = [
  /maximum length (?:of|is) (\d+) characters/i,
  /\bThe maximum is (\d+) characters\b/i,
  /\b(\d+) characters or fewer\b/i,
  /\bmaximum allowed length of the \w+ is (\d+)\b/i,
];

export function statedMaxLength(description: string): number | undefined {
  for (const pattern of MAX_LENGTH) {
    const m = pattern.exec(description);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Adds the cleaned description and the length limit it states (strings only). */
export function describeField(schema: Schema, description: string): Schema {
  const text = cleanText(description);
  const out: Schema = { ...schema };
  if (text !== '') out.description = text;
  const max = schema.type === 'string' ? statedMaxLength(text) : undefined;
  if (max !== undefined) out.maxLength = max;
  return out;
}

const RATE_LIMIT_LABELS: Record<string, RateLimitLabel> = {
  LIGHT: 'LIGHT',
  MEDIUM: 'MEDIUM',
  HEAVY: 'HEAVY',
  'RESOURCE-INTENSIVE': 'RESOURCE-INTENSIVE',
};

/** `Light`, `LIGHT`, `Resource-intensive`, `RESOURCE_INTENSIVE` -> the canonical label; undefined if unknown. */
export function normaliseRateLimit(written: string): RateLimitLabel | undefined {
  return RATE_LIMIT_LABELS[written.trim().toUpperCase().replace(/[\s_]+/g, '-')];
}

/** `a b, c` -> ['a', 'b', 'c']; scopes are listed with spaces or commas. */
export function splitScopes(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.replace(/^`|`$/g, ''))
    .filter((s) => s !== '');
}
