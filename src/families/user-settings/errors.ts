// Errors the user-settings pages do not document. The pages give 400 with code 300
// to every refusal of a setting they spell out; these follow that.
import { undocumented } from '../../kit/errors.ts';

const BAD_REQUEST = { status: 400, code: 300 } as const;

export const assistantAlreadyAdded = undocumented({
  ...BAD_REQUEST,
  message: 'Delegation assistant already exists: {extensionId}.',
  why: 'The add page has no error for an assistant the delegation already holds; a second add of the same assistant changes nothing and is refused.',
});

export const selfAssistant = undocumented({
  ...BAD_REQUEST,
  message: 'A user cannot be their own delegation assistant.',
  why: 'An executive sharing its line with itself has no meaning; the page names no error for it.',
});

export const accessUserDoesNotExist = undocumented({
  ...BAD_REQUEST,
  message: 'Access user does not exist: {accessUserId}.',
  why: 'Access members must be users of the account; the pages document no error for one that is not.',
});

export const alreadyShared = undocumented({
  ...BAD_REQUEST,
  message: 'Call recording has already been shared to the user.',
  why: 'The page documents this refusal for voicemail only; call recording lists refuse a repeated member the same way.',
});

export const sharedIdRequired = undocumented({
  ...BAD_REQUEST,
  message: 'shared_id is required.',
  why: 'Changing or removing one access member needs its shared_id; the pages name no error for its absence.',
});

export const sharedIdDoesNotExist = undocumented({
  status: 404,
  code: 300,
  message: 'Shared access setting does not exist: {sharedId}.',
  why: 'A shared_id the user\u2019s lists do not hold; the pages name no error for it.',
});

export const intercomExtensionRequired = undocumented({
  ...BAD_REQUEST,
  message: 'Intercom extension is required.',
  why: 'An intercom invitation names the invited extension (intercom.extension_id); the pages name no error for its absence.',
});

export const intercomExtensionDoesNotExist = undocumented({
  ...BAD_REQUEST,
  message: 'Intercom extension does not exist: {extensionId}.',
  why: 'The invited extension must be in the account\u2019s directory; the pages name no error for one that is not.',
});

export const notAnAssistant = undocumented({
  ...BAD_REQUEST,
  message: 'User {userId} is not an assistant of executive {executiveUserId}.',
  why: 'Incoming call handling of a shared line appearance is only the executive\u2019s assistants\u2019; the page names no error for others.',
});

export const nothingToDelete = undocumented({
  ...BAD_REQUEST,
  message: 'One of assistant_extension_id, intercom_extension_id or shared_id is required.',
  why: 'A delete names what it removes for intercom and shared access lists; the page names no error for a request that does not.',
});
