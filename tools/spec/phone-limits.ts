// Limits the Phone document (003) states only in prose ("Maximum of 32
// characters", "A maximum of 50 receivers is allowed", "Up to 60."). The
// patterns are deliberately narrow: a limit is taken only where the sentence
// is about the field itself, never from conditional prose such as "The range
// is [2, 10] if the account's ... feature is enabled".
import type { Schema } from './model.ts';

type Limits = Pick<Schema, 'maxLength' | 'minItems' | 'maxItems' | 'maximum'>;

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10 };

const STRING_MAX = [
  /\b(?:up to|maximum(?: of)?|max(?:imum)? length is) (\d+) characters\b/i,
  /\bmaximum (?:message )?length is (\d+)\b/i,
];
const ARRAY_MAX = [/\bmaximum (?:of |is )?(\d+)(?: items)?\b/i, /\bup to (\d+)\b/i];
const ARRAY_MIN = /\bminimum is (\w+) items?\b/i;
const INTEGER_MAX = /(?:^|\. )Up to (\d+)\./;

export function limitsFromDescription(type: string, description: string): Limits {
  if (type === 'string') return firstNumber(STRING_MAX, description, 'maxLength');
  if (type === 'array') return { ...arrayMin(description), ...firstNumber(ARRAY_MAX, description, 'maxItems') };
  if (type === 'integer') return firstNumber([INTEGER_MAX], description, 'maximum');
  return {};
}

function firstNumber(patterns: RegExp[], text: string, key: keyof Limits): Limits {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return { [key]: Number(m[1]) };
  }
  return {};
}

function arrayMin(text: string): Limits {
  const m = ARRAY_MIN.exec(text);
  if (!m) return {};
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : WORDS[m[1].toLowerCase()];
  return n === undefined ? {} : { minItems: n };
}
