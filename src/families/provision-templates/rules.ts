// What a provision template is held to: a name of its own in the account, and
// content that sets no parameter Zoom keeps for itself ("template should not
// contain reserved parameters (Key: {0}).").

/** The name as kept and compared: trimmed, so " HQ phones" and "HQ phones" are one name. */
export const templateName = (given: string): string => given.trim();

/**
 * The keys of the parameters Zoom provisions itself and a template may not set.
 * The pages name the error but not the keys; the sandbox reserves the settings of a
 * phone's line registrations (its SIP account: user, password, server), which Zoom
 * fills in for the phone user or common area the device is assigned to: `account.N.…`
 * (Yealink's and Fanvil's line accounts) and `reg.N.…` (Poly's line registrations).
 */
const RESERVED_KEYS: readonly RegExp[] = [/^account\.\d+\./, /^reg\.\d+\./];

/**
 * The keys `content` sets, in order: each line's text before its first "=" ("key=value"
 * and "key = value" are both written in the pages' examples), lower-cased. Blank lines
 * and comments ("#", ";") set nothing.
 */
export function contentKeys(content: string): string[] {
  const keys: string[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    keys.push(line.slice(0, eq).trim().toLowerCase());
  }
  return keys;
}

/** The first reserved key `content` sets (as written there), or undefined when it sets none. */
export function reservedKey(content: string): string | undefined {
  return contentKeys(content).find((key) => RESERVED_KEYS.some((r) => r.test(key)));
}
