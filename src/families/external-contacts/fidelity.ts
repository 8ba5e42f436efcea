// What the External Contacts pages state in words, whether the server holds to it,
// and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const T = 'test/families/external-contacts/external-contacts.test.ts';
const R = 'test/families/external-contacts/routing.test.ts';
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const OPS: OperationId[] = ['listExternalContacts', 'addAnExternalContact', 'getExternalContactDetails', 'updateExternalContact', 'deleteAnExternalContact'];
const prerequisites: Rule[] = OPS.map((op) => ({ op, rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license'; 'Account owner or admin permissions'", notEnforced: NO_PLANS }));
const SUPPORT =
  "the sandbox acts as an account Zoom Support has enabled for profile pictures: a profile_picture is checked (type, data, size) and kept, never refused for the field's use itself";
const LOWERCASE_TYPE =
  "the contract's enum of profile_picture.type (JPG, JPEG, PNG, GIF) refuses the update page's own examples: type \"\" to reset and \"png\" in lower case answer 'Profile picture file type error.'; base64_encoding \"\" resets as documented";

export default defineFidelity({
  rules: [
    ...prerequisites,

    // ---- listExternalContacts
    { op: 'listExternalContacts', rule: "'Lists the external contacts': the account's own, each with external_contact_id, id, name, description, email, extension_number, phone_numbers, auto_call_recorded, enable_internal_extension, profile_picture_download_url", enforced: { file: T, test: 'a contact added is listed and shown with every field' } },
    { op: 'listExternalContacts', rule: "The demo account's seeded contacts", enforced: { file: T, test: 'the demo account lists its seeded contacts' } },
    { op: 'listExternalContacts', rule: "next_page_token and page_size (at most 300); the page documents no total_records, none is answered", enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' } },
    { op: 'listExternalContacts', rule: "'The expiration period for this token is 15 minutes'", enforced: { file: T, test: 'a page token expires after 15 minutes' } },
    { op: 'listExternalContacts', rule: "Another account's contacts (its sub accounts' too) are never listed", enforced: { file: T, test: "another account neither sees nor changes the account's contacts" } },

    // ---- addAnExternalContact
    { op: 'addAnExternalContact', rule: "'Adds an external contact': 201 with the Zoom-generated external_contact_id and the name; every field kept as given (the name trimmed)", enforced: { file: T, test: 'a contact added is listed and shown with every field' } },
    { op: 'addAnExternalContact', rule: "id: 'The customer-configured external contact ID … If you do not use this parameter, the API automatically generates an externalContactId': a contact is named in a path by either; without one, id shows the generated one; one per account ('External contact id ({id}) already exists.' under 'Validation failed.'), decided by a unique index", enforced: { file: T, test: 'an extension number the account already uses is refused, and a customer id used twice' } },
    { op: 'addAnExternalContact', rule: "phone_numbers: 'This value must be in E.164 format' (400/300 'Validation failed.' naming phone_numbers[i]); kept each once, in order", enforced: { file: T, test: 'an add refused for its input adds nothing' } },
    { op: 'addAnExternalContact', rule: "'If you do not provide an extension number, you must provide this value' (phone_numbers): 400/300 'Validation failed.'; an extension number alone is enough", enforced: { file: T, test: 'an add refused for its input adds nothing' } },
    { op: 'addAnExternalContact', rule: "extension_number: 'Make certain that this extension number is not duplicated with an existing extension number in the account': an extension of the directory (a user, an auto receptionist…) or another contact's is refused, 400/300 'Validation failed.'", enforced: { file: T, test: 'an extension number the account already uses is refused, and a customer id used twice' } },
    { op: 'addAnExternalContact', rule: 'A lost race of two adds of one extension number is the validation error, never a 500 (a unique index decides among contacts)', enforced: { file: T, test: 'concurrent adds of one extension number: one wins, the others are refused' } },
    { op: 'addAnExternalContact', rule: "An extension of the directory claimed after the contact took the number (a user given it later)", notEnforced: 'the extension directory (extensions family) keeps no external contacts: the number is checked against it when the contact is written, not reserved there' },
    { op: 'addAnExternalContact', rule: "Where the page is silent: a name not blank, an email that is an address, an extension number of digits (1–15), a customer id not blank: 400/300 'Validation failed.' naming the field", enforced: { file: T, test: 'an add refused for its input adds nothing' } },
    { op: 'addAnExternalContact', rule: "profile_picture: 'Supported file formats : JPG, PNG, JPEG, GIF, the size limit is 2MB': 'Profile picture file type error.' (a type outside the list, none given, or bytes not of that type), 'Profile picture file data error.' (no or bad base64), 'Profile picture size must less than 2 MB.' (2 MB taken, a byte more refused); shown as profile_picture_download_url, a data: URL of the picture (the sandbox has no file host)", enforced: { file: T, test: 'a profile picture is kept and shown; a wrong type, bad data or one past 2 MB is refused' } },
    { op: 'addAnExternalContact', rule: "'If you need to use this field, contact Zoom Support.'", notEnforced: SUPPORT },
    { op: 'addAnExternalContact', rule: "routing_path: 'The external contact's SIP group, to define the call routing path': kept as given (no answer shows it); the simulator calls a contact at its phone number whatever its path", notEnforced: 'no response of the pages shows routing_path, and the pages name no SIP group it must be; a contact with only an extension number is answered by the simulator as reached through its path' },
    { op: 'addAnExternalContact', rule: "auto_call_recorded: 'Whether to allow the automatic call recording'", notEnforced: 'kept and shown; the simulator records a call by its script, not by this flag' },
    { op: 'addAnExternalContact', rule: "enable_internal_extension: 'treated as an internal extension for users outside their permitted calling locations or during restricted calling hours'", notEnforced: 'kept and shown; the sandbox models no permitted calling locations or restricted hours' },

    // ---- getExternalContactDetails
    { op: 'getExternalContactDetails', rule: "'Returns an external contact's information', by its external_contact_id or its customer id", enforced: { file: T, test: 'a contact added is listed and shown with every field' } },
    { op: 'getExternalContactDetails', rule: "'External contact does not exist: {externalContactId}.' (400/400) for an id the account does not have, another account's too", enforced: { file: T, test: 'a contact the account does not have answers the documented errors' } },

    // ---- updateExternalContact
    { op: 'updateExternalContact', rule: "'Updates an external contact's information': the fields given change, the others stay; 'Leave blank to retain the existing status' (enable_internal_extension), false turns it off; its own id and extension number again are no conflict; an empty body changes nothing", enforced: { file: T, test: 'an update changes what it names and keeps the rest' } },
    { op: 'updateExternalContact', rule: "'Validation failed.' (400/400) for the add's rules as the contact would stand after the change (no phone number left without an extension number, E.164, an extension number or id the account uses); nothing changes", enforced: { file: T, test: 'an update refused for its input changes nothing' } },
    { op: 'updateExternalContact', rule: "'External contact does not exist: {0}.' (400/400)", enforced: { file: T, test: 'a contact the account does not have answers the documented errors' } },
    { op: 'updateExternalContact', rule: "profile_picture: omitted, unchanged; base64_encoding \"\", reset to the system default; a valid image replaces it; its type, data and size errors (400/400) change nothing", enforced: { file: T, test: 'a profile picture is kept and shown; a wrong type, bad data or one past 2 MB is refused' } },
    { op: 'updateExternalContact', rule: "profile_picture: 'Set type or base64_encoding to empty strings (\"\")'; 'type is \"png\"'", notEnforced: LOWERCASE_TYPE },
    { op: 'updateExternalContact', rule: "'If you need to use profile_picture field, please contact Zoom Support.'", notEnforced: SUPPORT },
    { op: 'updateExternalContact', rule: 'Concurrent updates of one contact apply one after another (a row lock); a lost race for an id or extension number is the validation error', enforced: { file: T, test: 'an update refused for its input changes nothing' } },

    // ---- deleteAnExternalContact
    { op: 'deleteAnExternalContact', rule: "'Removes an external contact': gone from the list and the details; its id and extension number are free again", enforced: { file: T, test: 'a deleted contact is gone; deleting it again answers the documented error' } },
    { op: 'deleteAnExternalContact', rule: "400/300 (documented without words) for an id the account does not have, in the get's words 'External contact does not exist: {id}.'", enforced: { file: T, test: 'a contact the account does not have answers the documented errors' } },
    { op: 'deleteAnExternalContact', rule: "Where the pages are silent: a contact that is a routing target is deleted, and what forwarded to it falls back as when an extension is released (call handling to voicemail, the IVR key disabled)", enforced: { file: R, test: "a user's call handling that forwards to an external contact sends a simulated call there, and the call log shows it" } },

    // ---- as routing targets (the simulator)
    { op: 'getExternalContactDetails', rule: "An external contact is a forwarding target of call handling (action 9) and IVR keys (action 9); the simulator rings it at its first phone number and the call path names it (external_contact)", enforced: { file: R, test: "a user's call handling that forwards to an external contact sends a simulated call there, and the call log shows it" } },
    { op: 'listExternalContacts', rule: "Routing rules: 'If a dialed number does not match a Zoom Phone user, and does not match a defined external contact, these rules are tested next': a number dialled inside the account reaches the contact with that extension number or phone number", enforced: { file: R, test: 'a number dialled inside the account reaches the external contact it matches, by extension or phone number' } },
  ],
  unreachable: {
    addAnExternalContact: { ifYouNeedToUseProfile: SUPPORT },
    updateExternalContact: { ifYouNeedToUseProfile: SUPPORT },
  },
});
