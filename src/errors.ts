// The one error type of the product. Domain code throws it; the HTTP layer
// turns it into Zoom's body `{ code, message, errors? }` in one place.

export interface FieldError {
  field: string;
  message: string;
}

export class ZoomError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toBody(): { code: number; message: string; errors?: FieldError[] } {
    return this.errors?.length
      ? { code: this.code, message: this.message, errors: this.errors }
      : { code: this.code, message: this.message };
  }
}

export const invalidToken = () => new ZoomError(401, 124, 'Invalid access token.');
export const expiredToken = () => new ZoomError(401, 124, 'Access token is expired.');

export const missingScopes = (scopes: string[]) =>
  new ZoomError(400, 4711, `Invalid access token, does not contain scopes:[${scopes.join(', ')}].`);

export const validationFailed = (errors: FieldError[]) =>
  new ZoomError(400, 300, 'Validation Failed.', errors);

export const notFound = (code: number, message: string) => new ZoomError(404, code, message);

/** A plain 400 with one field, for rules the contract's schema cannot express. */
export const badField = (field: string, message: string, code = 300) =>
  new ZoomError(400, code, message, [{ field, message }]);
