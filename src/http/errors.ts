// One place turns every failure into Zoom's body. Nothing internal (stack,
// SQL, library codes) reaches a client.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZoomError, type FieldError } from '../errors.ts';
import { isDataException, isForeignKeyViolation, isUniqueViolation } from '../kit/constraints.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export function fieldOf(err: any, context: string | undefined): FieldError {
  const path = String(err.instancePath ?? '')
    .split('/')
    .filter(Boolean);
  if (err.keyword === 'required') path.push(err.params.missingProperty);
  let field = path.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  if (!field) field = context && context !== 'body' ? context : 'body';
  return { field, message: `${field} ${err.message ?? 'is invalid'}` };
}

export function toZoomError(error: FastifyError & { validation?: any[]; validationContext?: string }, bodyLimit: number = BODY_LIMIT_BYTES): ZoomError {
  if (error instanceof ZoomError) return error;
  if (error.validation) return new ZoomError(400, 300, 'Validation Failed.', error.validation.map((v) => fieldOf(v, error.validationContext)));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ZoomError(400, 300, 'Request body is not valid JSON.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ZoomError(400, 300, 'Request body is empty but Content-Type is application/json.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ZoomError(415, 300, 'Unsupported Content-Type: send the request body as application/json.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ZoomError(413, 300, `Request body is larger than ${bodyLimit} bytes.`);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ZoomError(400, 300, 'Content-Length does not match the body.');
    case 'FST_ERR_BAD_URL':
      return new ZoomError(400, 300, 'The request URL is not valid: a %-escape in its path does not decode.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ZoomError(414, 300, 'A path parameter of the request URL is too long.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new ZoomError(error.statusCode, 300, error.message);
  // A safety net: handlers answer the races they know with their documented error;
  // one they missed (two writers, one unique value or a row that went away) is still
  // the client's conflict to retry, not a server failure. No document gives a code.
  if (isUniqueViolation(error)) return new ZoomError(409, 300, 'The resource already exists.');
  if (isForeignKeyViolation(error)) return new ZoomError(409, 300, 'A resource this request refers to no longer exists.');
  // Validation bounds what the contract describes; a value it still let through that the column refuses is the request's.
  if (isDataException(error)) return new ZoomError(400, 300, 'A value in the request is out of range or cannot be stored.');
  return new ZoomError(500, 500, 'Internal server error.');
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a request line
 * and headers past Node's 16 KiB, say a query string of a thousand ids, or
 * bytes that are not HTTP) answer in Zoom's shape too, not Fastify's
 * `{ error, message, statusCode }`. As Fastify's own handler does: nothing to
 * say on a reset connection, and the socket closes after the answer.
 */
export function clientErrorHandler(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const zoom =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new ZoomError(408, 408, 'The request was not received in time.')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? new ZoomError(431, 300, 'The request line and headers are too large: send long lists in fewer requests.')
        : new ZoomError(400, 300, 'The request is not valid HTTP.');
  this.log.trace({ err: error }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify(zoom.toBody());
    socket.write(
      `HTTP/1.1 ${zoom.status} ${STATUS_CODES[zoom.status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export function sendError(reply: FastifyReply, err: ZoomError): FastifyReply {
  if (err.headers) reply.headers(err.headers);
  return reply.code(err.status).type('application/json; charset=utf-8').send(JSON.stringify(err.toBody()));
}

export function installErrorHandling(app: FastifyInstance, methodsForPath: (url: string) => string[]): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // A route may take more than the server's limit (Family.bodyLimits): the message names the route's own.
    const zoom = toZoomError(error, request.routeOptions?.bodyLimit ?? BODY_LIMIT_BYTES);
    // A ZoomError is an answer we chose (501 included); only a failure we did
    // not foresee is worth an error line.
    if (zoom.status >= 500 && !(error instanceof ZoomError)) request.log.error({ err: error }, 'unhandled error');
    else if (isUniqueViolation(error) || isForeignKeyViolation(error)) request.log.warn({ err: error }, 'a race no handler answered');
    else if (isDataException(error)) request.log.warn({ err: error }, 'a value the database refused');
    return sendError(reply, zoom);
  });
  app.setNotFoundHandler((request, reply) => {
    // A trailing slash routes as the path without it; the answer about the path says the same.
    const path = request.url.split('?')[0].replace(/(.)\/+$/, '$1');
    const allowed = methodsForPath(path);
    if (allowed.length > 0) {
      reply.header('Allow', allowed.join(', '));
      return sendError(reply, new ZoomError(405, 405, `Method ${request.method} is not allowed for ${path}.`));
    }
    return sendError(reply, new ZoomError(404, 404, `No API matches ${request.method} ${path}.`));
  });
}
