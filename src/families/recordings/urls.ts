// Where a recording's files are fetched: this server's own download operations.
// A handler does not see the host it was reached at, so a URL is the operation's
// path under /v2, which a client resolves against the base it called (a client
// of api.zoom.us resolves https://api.zoom.us/v2/phone/recording/download/… the same way).
export const API_PREFIX = '/v2';

/** A transcript's file: the recording's id and this suffix, served by the recording download. */
export const TRANSCRIPT_SUFFIX = '.json';

const segment = (id: string) => encodeURIComponent(id);

export const downloadUrl = (fileId: string) => `${API_PREFIX}/phone/recording/download/${segment(fileId)}`;
export const transcriptUrl = (recordingId: string) => `${API_PREFIX}/phone/recording_transcript/download/${segment(recordingId)}`;
/** Where the transcript download redirects: the transcript JSON itself. */
export const transcriptFileUrl = (recordingId: string) => downloadUrl(`${recordingId}${TRANSCRIPT_SUFFIX}`);
