// The words the audio-library family gives to the documented 400/300 rows that have
// none, and the errors it answers where its pages document none (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';
import { MAX_ATTACHMENTS } from './rules.ts';

export { worded } from '../../kit/errors.ts';

/**
 * The words of updateAnAudioItem's and deleteAnAudioItem's 400/300 rows, which have
 * none: an audio item the account does not have, in the words the call queue and
 * site pages give the same rule ('Audio does not exist: {audioId}.').
 */
export const WORDS = {
  audioNotFound: (audioId: string) => `Audio does not exist: ${audioId}.`,
  nameEmpty: 'name must not be empty.',
};

export const audioNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Audio does not exist: {audioId}.',
  why:
    "getAnAudioItem's page documents no error; an id the account does not have answers as updateAnAudioItem and deleteAnAudioItem document it for the same path " +
    "(400/300), in the words the call queue and site pages give an audio item that does not exist.",
});

export const noAttachments = undocumented({
  status: 400,
  code: 300,
  message: 'attachments must hold at least one audio file.',
  why: "addAudioItems' body is optional in the contract and its page documents no error for a request that adds nothing; it is refused as a validation failure, and nothing is added.",
});

export const tooManyAttachments = undocumented({
  status: 400,
  code: 300,
  message: `Up to ${MAX_ATTACHMENTS} attachments can be added at a time.`,
  why: "addAudioItems' page limits a request to 'Up to 5 attachments' but documents no error for more; it is refused as a validation failure, and nothing is added.",
});

export const attachmentNameMissing = undocumented({
  status: 400,
  code: 300,
  message: 'attachments[{index}].name must not be empty.',
  why: "addAudioItems' page names each file by its name (its errors say 'audio name: {0}') but documents no error for a file without one; it is refused as a validation failure, and nothing is added.",
});
