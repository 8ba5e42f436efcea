// Zoom's webhook signature and endpoint validation: `x-zm-signature` is
// v0=<hex HMAC-SHA256 of "v0:{timestamp}:{body}"> keyed by the app's secret
// token, `x-zm-request-timestamp` the timestamp in seconds; an endpoint proves it
// holds the token by answering a plainToken with its HMAC.
import { createHmac, randomBytes } from 'node:crypto';

export const signature = (secretToken: string, timestampSeconds: number, body: string): string =>
  `v0=${createHmac('sha256', secretToken).update(`v0:${timestampSeconds}:${body}`).digest('hex')}`;

export const encryptedToken = (secretToken: string, plainToken: string): string => createHmac('sha256', secretToken).update(plainToken).digest('hex');

/** The endpoint.url_validation event Zoom sends to a new endpoint, and every 72 hours after. */
export function urlValidationBody(eventTs: number): { body: string; plainToken: string } {
  const plainToken = randomBytes(16).toString('base64url');
  return { plainToken, body: JSON.stringify({ payload: { plainToken }, event_ts: eventTs, event: 'endpoint.url_validation' }) };
}

/** A webhook secret token as Zoom shows one in an app's feature page: 22 url-safe characters. */
export const newSecretToken = (): string => randomBytes(16).toString('base64url').slice(0, 22);
