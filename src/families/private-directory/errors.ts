// The errors the private-directory family answers where its pages document none
// (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const extensionNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Extension does not exist: {extensionId}',
  why:
    "addMembersToAPrivateDirectory's page documents no error for a member whose extension the account does not have; the update and remove pages " +
    "document 404/404 'Extension does not exist: {extensionId}' for the same thing, and the add answers it in their words.",
});

export const siteRequired = undocumented({
  status: 400,
  code: 300,
  message: 'site_id is required when the account has multiple sites.',
  why:
    "The add and update pages say site_id 'is required only if the multiple sites option has been enabled for the account' but document no error for its absence: " +
    'a validation failure (400/300) naming the field. The sandbox reads the option as on while the account has more than one site (sites/public.ts multipleSitesOn).',
});

export const notOnSite = undocumented({
  status: 400,
  code: 300,
  message: 'Extension {extensionId} does not belong to site {siteId}.',
  why: "addMembersToAPrivateDirectory's page: 'You will only be able to add members that belong to this site to the private directory', with no error documented: a validation failure (400/300).",
});

export const alreadyMember = undocumented({
  status: 400,
  code: 300,
  message: 'Extension already exists in the private directory: {extensionId}.',
  why:
    "addMembersToAPrivateDirectory's page documents no error for an extension that is a member already (or named twice in one request); it is refused as a " +
    "validation failure (400/300) in the words of the update page's 'Extension does not exist in the private directory', and nothing is added.",
});

export const noMembers = undocumented({
  status: 400,
  code: 300,
  message: 'members must name at least one extension.',
  why: "addMembersToAPrivateDirectory's members is required; an empty list adds nobody and is refused as a validation failure (400/300) rather than answered 201.",
});
