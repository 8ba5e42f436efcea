// How a group-like extension (a call queue, a shared line group…) takes its number
// on a site: "If a site code has been assigned to the site, provide the short
// extension number" — the site's code, then a short extension of the site's length.
// Plain functions of values, shared by the families that hold such extensions.

export interface SiteTerms {
  siteCode: number | null;
  shortLength: number;
}

/**
 * The full extension number from the short one a request gives, or undefined when
 * its length is not the site's. A site without a code takes the number itself.
 */
export function completeExtension(given: number, terms: SiteTerms): number | undefined {
  if (!Number.isSafeInteger(given) || given <= 0) return undefined;
  const short = String(given);
  if (short.length !== terms.shortLength) return undefined;
  return terms.siteCode ? Number(`${terms.siteCode}${short}`) : given;
}

/** The block of a site's extensions a new holder takes its number from: its short extensions from 10…0 up, behind the site code. */
export function extensionBlock(terms: SiteTerms): { first: number; last: number } {
  const first = 10 ** (terms.shortLength - 1);
  const last = 10 ** terms.shortLength - 1;
  return terms.siteCode ? { first: Number(`${terms.siteCode}${first}`), last: Number(`${terms.siteCode}${last}`) } : { first, last };
}

/** A time zone name the runtime knows (the abbreviation list's names are IANA's). */
export function isTimezone(tz: string): boolean {
  if (!tz.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
