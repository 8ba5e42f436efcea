// The errors the setting-templates family answers that its pages do not document
// (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const templateNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Setting template does not exist: {templateId}.',
  why: "The details and update pages document no error for a template the account does not have (the list page's 404 has no code or words): 404, Zoom's not-found status, naming the id.",
});

export const siteNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Site does not exist: {siteId}.',
  why: "site_id names a site of the account; the pages document no error for one it does not have: 400/300, the pages' code for a value they refuse, in the sites pages' words.",
});

export const siteRequired = undocumented({
  status: 400,
  code: 300,
  message: 'site_id is required when multiple sites are enabled.',
  why: "site_id: 'It's required only when multiple sites are enabled'; the page documents no error for one left out: 400/300, its code for a value it refuses.",
});

export const nameEmpty = undocumented({
  status: 400,
  code: 300,
  message: 'name must not be empty.',
  why: 'name is required; the schema refuses it left out, and a blank one is refused the same way (400/300) rather than kept as a template without a name.',
});
