// Where a voicemail's file is fetched: this server's own download operation. A
// handler does not see the host it was reached at, so the URL is the
// operation's path under /v2, which a client resolves against the base it called.
export const downloadUrl = (fileId: string) => `/v2/phone/voice_mails/download/${encodeURIComponent(fileId)}`;
