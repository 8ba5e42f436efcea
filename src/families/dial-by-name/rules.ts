// The words the dial-by-name family gives its documented 400/300 rows (documented
// without words) for the rules its pages imply: a site the account has, and user
// extensions of the site named ("The IDs of user's extension", "the site to which
// users to add belongs").
export const WORDS = {
  siteMissing: (siteId: string) => `Site does not exist: ${siteId}.`,
  extensionMissing: (extensionId: string) => `Extension does not exist: ${extensionId}.`,
  notAUser: (extensionId: string) => `Extension ${extensionId} is not a user's extension: a dial by name directory lists users only.`,
  notOnSite: (extensionId: string, siteId: string) => `Extension ${extensionId} does not belong to site ${siteId}.`,
};

/** The extension ids a request names, each once, in the order first given; undefined when it names none. */
export function named(ids: readonly string[] | undefined): string[] | undefined {
  if (!ids || ids.length === 0) return undefined;
  return [...new Set(ids)];
}
