// The errors the zoom-rooms family answers where its operations' pages document
// none, or join several answers in one row; each with the reason for its status,
// code and words (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

const JOINED =
  "updateAZoomRoomUnderZoomPhoneLicense's 400/404 row joins two answers in one message ('Room does not exist:{roomId} Site does not exist.'); ";

export const roomNotInPhone = undocumented({
  status: 400,
  code: 404,
  message: 'Room does not exist:{roomId}.',
  why:
    JOINED +
    'a room the account does not have in Zoom Phone answers the row with the sentence that applies, in the words delete, calling plans and numbers document for it. ' +
    'getAZoomRoomUnderZoomPhoneLicense documents no error and answers the same.',
});

export const siteNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Site does not exist.',
  why:
    JOINED +
    'a site_id the account does not have answers the row with the sentence that applies. addAZoomRoomToAZoomPhone takes a site_id but documents no error for it, and answers the same.',
});

export const roomIdMissing = undocumented({
  status: 400,
  code: 300,
  message: 'Room ID is required.',
  why: "addAZoomRoomToAZoomPhone's body has no required field, yet a room is named by its id ('id': 'The Zoom Room ID.'); the page documents no error for a body without one. 300 is the validation failure's code.",
});

export const roomAlreadyInPhone = undocumented({
  status: 400,
  code: 409,
  message: 'Room already exists in Zoom Phone:{roomId}.',
  why:
    "addAZoomRoomToAZoomPhone 'Associates a Zoom Room with a Zoom Phone license'; a room that has one already is not among the rooms 'that are not assigned a Zoom Phone' " +
    'and the page documents no error for it. 409 is the code the rooms pages give a thing already in use.',
});

export const noFreeExtension = undocumented({
  status: 400,
  code: 300,
  message: 'No extension number is free on site {siteId}.',
  why: "A room added to Zoom Phone takes the first free extension of its site's block (its code and a short extension); the page documents no error for a site whose block is full.",
});

export const noNumbersGiven = undocumented({
  status: 400,
  code: 300,
  message: 'phone_numbers must name at least one number.',
  why: "assignPhoneNumbersToAZoomRoom's body is optional in the contract, but a request that names no number assigns nothing; the page documents no error for it. 300 is the validation failure's code.",
});
