// The words the emergency-addresses family gives to the documented 400/300 rows of
// its add, update and delete pages, which have none: each names the rule broken,
// in the words Zoom's other pages use for the same rule where one does (the
// emergency location pages' "Emergency address Line 1 is required.", the site
// pages' "Change country is not allowed." and "Cannot update emergency address
// whose status is {status}.", the details page's "Emergency address does not exist").
export { worded } from '../../kit/errors.ts';

export const WORDS = {
  notFound: (id: string) => `Emergency address does not exist ${id}.`,
  required: (field: string, country: string | undefined): string =>
    ({
      address_line1: 'Emergency address Line 1 is required.',
      country: 'Emergency address country is required.',
      city: 'Emergency address city is required.',
      state_code: `Emergency address state code is required in ${country ?? 'this country'}.`,
      zip: `Emergency address zip is required in ${country ?? 'this country'}.`,
    })[field] ?? `${field} is required.`,
  countryInvalid: 'Country information is invalid.',
  siteNotFound: (id: string) => `Site does not exist: ${id}.`,
  userNotFound: (id: string) => `User does not exist: ${id}.`,
  notUsersSite: (siteId: string) => `The user is not on site ${siteId}: a personal emergency address belongs to its user's site.`,
  defaultInSiteCountry: (country: string) => `The default emergency address of a site must be in the site's country (${country}).`,
  changeCountry: 'Change country is not allowed.',
  statusLocked: (status: number) => `Cannot update emergency address whose status is ${status}.`,
  siteNeedsDefault: "A site's default emergency address stays its default until another address of the site is made the default.",
  siteDefaultNotDeletable: "A site's default emergency address cannot be deleted: make another address of the site its default first.",
  inUseByLocation: 'The emergency address is used by an emergency location and cannot be deleted.',
};
