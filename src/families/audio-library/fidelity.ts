// What the Audio Library pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/audio-library/audio-library.test.ts';
const S = 'test/families/audio-library/settings.test.ts';
const K = 'test/families/audio-library/sdk.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Business or Education account'; 'Zoom Phone license'";
const ADMIN_OR_USER = "'Only the admin or user can access your audio': the sandbox's apps are Server-to-Server apps acting as the account's admin; no token acts as one user";
const ACCOUNT_IS_THE_TOKENS = "the path names no account: the caller's own, which the token proves exists";
const NO_PLAY_URL =
  "the contract gives audio files no download operation and this server serves files only through the contract's operations: the item's play_url is left out rather than " +
  'a URL that plays nothing (the uploaded bytes are kept in audio_files for a file route to serve; a text-to-speech item could be voiced with kit/audio.ts)';

export default defineFidelity({
  rules: [
    {
      op: 'listAudioItems',
      rule: "'Returns personal audios': the path user's library (by id or email), each item's audio_id and name, in the order added; the envelope has no page token, so the whole library is one answer",
      enforced: { file: T, test: 'a text-to-speech item added is listed and shown with its text and voice' },
    },
    {
      op: 'listAudioItems',
      rule: "'directly pass the `me` value': the sandbox's apps act for the account, not a user, so me is 'Invalid user id.' (400/300); a user the account lacks is 'User does not exist: {userId}.' (404/1001)",
      enforced: { file: T, test: 'the path user: me is refused, an unknown user does not exist' },
    },
    {
      op: 'listAudioItems',
      rule: "Another account's user is no user of the caller's: 'User does not exist'",
      enforced: { file: T, test: "another account neither sees nor changes the account's audio items" },
    },
    { op: 'listAudioItems', rule: ADMIN_OR_USER, notEnforced: NO_PLANS },
    { op: 'listAudioItems', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addAnAudioItemForTextToSpeechConversion',
      rule: "'Adds an audio item for text-to-speech conversion' to the path user's library: audio_name, text, voice_language and voice_accent kept; 201 answers audio_id and name; the item is listed and shown",
      enforced: { file: T, test: 'a text-to-speech item added is listed and shown with its text and voice' },
    },
    {
      op: 'addAnAudioItemForTextToSpeechConversion',
      rule:
        "Every field is optional in the contract; the page gives no defaults. The sandbox's: voice_language en-US (the page's first example), voice_accent the language's first voice " +
        "(en-US: Joanna-Female, the page's example), audio_name the text's first words (up to 64 characters)",
      enforced: { file: T, test: 'a text-to-speech item takes its language and voice by default and its name from the text' },
    },
    {
      op: 'addAnAudioItemForTextToSpeechConversion',
      rule: "'The text is empty.' (400/300) for text left out or blank; 'Maximum text length has been exceeded.' (400/300) past 3000 characters (counted as characters, not bytes); 3000 is taken; nothing is added",
      enforced: { file: T, test: 'text is required and at most 3000 characters; nothing is added past it' },
    },
    {
      op: 'addAnAudioItemForTextToSpeechConversion',
      rule:
        "'The language is not supported.' for a voice_language outside getAnAudioItem's list; 'The voice accent is not supported.' for an accent the language does not speak. The pages list no accents " +
        "beyond the examples Joanna-Female and Joey-Male (voices of a speech service): the sandbox keeps a list of that service's voices per language, written Name-Gender (voices.ts); both are matched without case",
      enforced: { file: T, test: 'a language or voice the library does not have is refused' },
    },
    {
      op: 'addAnAudioItemForTextToSpeechConversion',
      rule: "'Invalid user ID.' for me (the sandbox's apps act for no user); 'User does not exist.' (400/300) for a user the account lacks",
      enforced: { file: T, test: 'the path user: me is refused, an unknown user does not exist' },
    },
    {
      op: 'addAnAudioItemForTextToSpeechConversion',
      rule: 'Concurrent adds each add their own item (names may repeat: the pages do not make them unique)',
      enforced: { file: T, test: 'concurrent adds each add their own item' },
    },
    { op: 'addAnAudioItemForTextToSpeechConversion', rule: ADMIN_OR_USER, notEnforced: NO_PLANS },
    { op: 'addAnAudioItemForTextToSpeechConversion', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addAudioItems',
      rule: "'Adds the audio items': each attachment (name, audio_type, base64_encoding) becomes an item of the path user's library, its bytes kept as sent; 201 answers the items' audio_id and name in the order sent",
      enforced: { file: T, test: 'voice files added as base64 are listed with their names' },
    },
    {
      op: 'addAudioItems',
      rule:
        "'Supported formats: audio/mpeg, audio/wav'; 'You can only upload voice files': any other audio_type (the page's example 'audio/mpeg, audio/wav' too), or bytes that are not a file of the declared type " +
        "(a WAV's RIFF/WAVE header; an MP3's ID3 tag or MPEG audio frame), or text that is not base64, is 'The type of audio is invalid, audio name: {0}.' (400/400); nothing of the request is added",
      enforced: { file: T, test: 'a file of an unsupported type, or not of its declared type, is refused and adds nothing' },
    },
    {
      op: 'addAudioItems',
      rule: "'Each file size should be no more than 1MB': 1,048,576 bytes (decoded) is taken, one more is 'The size of audio exceeds limit, audio name: {0}.' (400/400); five files at the limit fit one request (the route takes JSON bodies past the server's 1 MiB for them)",
      enforced: { file: T, test: 'a file of 1MB is taken, a byte more is refused by its name' },
    },
    {
      op: 'addAudioItems',
      rule: "'Up to 5 attachments': six are refused (400/300, undocumented), as are none and a file without a name; names may repeat",
      enforced: { file: T, test: 'up to 5 files a request: six, none, or one without a name are refused' },
    },
    {
      op: 'addAudioItems',
      rule: "'User does not exist: {userId}.' (404/1001) for a user the account lacks, and for me (the page documents no 'Invalid user id': the sandbox's apps act for no user)",
      enforced: { file: T, test: 'the path user: me is refused, an unknown user does not exist' },
    },
    { op: 'addAudioItems', rule: "The files Zoom's SDK (@zoom/rivet) sends are taken", enforced: { file: K, test: "through Zoom's SDK: audio items are added, listed, renamed and deleted" } },
    { op: 'addAudioItems', rule: ADMIN_OR_USER, notEnforced: NO_PLANS },
    { op: 'addAudioItems', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'getAnAudioItem',
      rule: "'Returns an audio item': audio_id, name and, for text to speech, text, voice_language and voice_accent (an uploaded file has none of them)",
      enforced: { file: T, test: 'the demo users keep seeded audio items, spoken and uploaded' },
    },
    {
      op: 'getAnAudioItem',
      rule: "An item removed from its library 'is marked with a prefix, `removed_vWby3OZaQlS1nAdmEAqgwA` for example. You can still use this audio ID to get the audio information': removed_<id> shows it (audio_id removed_<id>); its plain id no longer does",
      enforced: { file: T, test: 'a deleted item leaves the library and is shown as removed_<id>; deleting or renaming it again answers the documented error' },
    },
    {
      op: 'getAnAudioItem',
      rule: "An id the account does not have (another account's too): the page documents no error; answered as update and delete document the path, 400/300, in the queue and site pages' words 'Audio does not exist: {audioId}.'",
      enforced: { file: T, test: "another account neither sees nor changes the account's audio items" },
    },
    { op: 'getAnAudioItem', rule: "play_url: 'The URL of the audio file. (The URL is valid for 6 hours.)'", notEnforced: NO_PLAY_URL },
    { op: 'getAnAudioItem', rule: ADMIN_OR_USER, notEnforced: NO_PLANS },
    { op: 'getAnAudioItem', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'updateAnAudioItem',
      rule: "'Updates an audio item': name (required) changes, trimmed; the list and the details show it, and so do settings that name the item",
      enforced: { file: T, test: 'an item renamed shows its new name; a blank name is refused' },
    },
    {
      op: 'updateAnAudioItem',
      rule: "400/300 (documented without words): a name left out, not a string or blank ('name must not be empty.'); an item the account does not have, or removed ('Audio does not exist: {audioId}.'); nothing changes",
      enforced: { file: T, test: 'a deleted item leaves the library and is shown as removed_<id>; deleting or renaming it again answers the documented error' },
    },
    {
      op: 'updateAnAudioItem',
      rule: 'Concurrent renames and deletes of one item: each statement is conditional on the item being in its library, so a rename after the delete answers its absence, never a 500',
      enforced: { file: T, test: 'concurrent deletes and renames of one item: one delete wins, never a 500' },
    },
    { op: 'updateAnAudioItem', rule: ADMIN_OR_USER, notEnforced: NO_PLANS },
    { op: 'updateAnAudioItem', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deleteAnAudioItem',
      rule:
        "'Deletes an audio item': it leaves its user's library (list) and its id; the page is silent on settings that use it, and the settings pages say what they show: 'If the audio was removed from the user's audio library, it is marked with a prefix' — " +
        'so a delete is never refused for a setting that names the item; the item is kept, marked removed, and shown as removed_<id>',
      enforced: { file: T, test: 'a deleted item leaves the library and is shown as removed_<id>; deleting or renaming it again answers the documented error' },
    },
    {
      op: 'deleteAnAudioItem',
      rule: "Settings that name a deleted item show it as removed_<id> with its name (call handling); a setting may not name it any more (a call queue's recording start prompt: 'Audio does not exist')",
      enforced: { file: S, test: 'call handling shows the audio items its prompts name with their names, and a deleted one as removed_<id>' },
    },
    {
      op: 'deleteAnAudioItem',
      rule: "400/300 (documented without words) 'Audio does not exist: {audioId}.' for an id the account does not have (deleted already, removed_<id>, or another account's); of concurrent deletes one wins",
      enforced: { file: T, test: 'concurrent deletes and renames of one item: one delete wins, never a 500' },
    },
    {
      op: 'deleteAnAudioItem',
      rule: "A user taken out of Zoom Phone: its 'personal audios' leave with it, marked removed as a delete does (shown as removed_<id>)",
      enforced: { file: T, test: 'a user taken out of Zoom Phone takes its audio items along' },
    },
    { op: 'deleteAnAudioItem', rule: ADMIN_OR_USER, notEnforced: NO_PLANS },
    { op: 'deleteAnAudioItem', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {
    listAudioItems: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    addAnAudioItemForTextToSpeechConversion: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    addAudioItems: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
  },
});
