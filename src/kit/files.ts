// Answers that are not JSON: a file the documents say an operation downloads
// (a recording, a voicemail, a fax), or a redirect to where one is. A handler
// returns one of these; src/http sends it as it is, with its own content type.

export class FileAnswer {
  constructor(
    readonly contentType: string,
    readonly body: Buffer,
    /** The name a browser saves it under (Content-Disposition). */
    readonly filename?: string,
  ) {}
}

export class RedirectAnswer {
  constructor(readonly location: string) {}
}

export const fileAnswer = (contentType: string, body: Buffer, filename?: string) => new FileAnswer(contentType, body, filename);
export const redirectTo = (location: string) => new RedirectAnswer(location);
