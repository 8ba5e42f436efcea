// Zoom's own JavaScript SDK (@zoom/rivet, pinned) pointed at a test server. The
// SDK asks https://zoom.us for tokens and cannot be told otherwise, so its token
// store is given the sandbox's token (a token store is the SDK's own extension
// point); every API call is then the SDK's, with its headers, bodies and query
// encoding (axios: JSON content type on every DELETE, arrays as name[]=).
import { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import type { TestServer } from './server.ts';
import { DEMO_DEFAULTS } from '../../src/sandbox.ts';

/** The SDK's Phone endpoints acting as the demo app, or with another account's app token. */
export async function phoneEndpoints(s: TestServer, token?: string): Promise<PhoneS2SAuthClient['endpoints']> {
  const accessToken = token ?? (await s.token());
  const client = new PhoneS2SAuthClient({
    clientId: DEMO_DEFAULTS.clientId,
    clientSecret: DEMO_DEFAULTS.clientSecret,
    accountId: DEMO_DEFAULTS.accountId,
    disableReceiver: true,
    tokenStore: {
      getLatestToken: () => ({ accessToken, expirationTimeIso: new Date(Date.now() + 3_600_000).toISOString(), scopes: [] }),
      storeToken: () => {},
    },
    // The SDK's endpoints take a base URL; its options type leaves it out.
    ...({ baseUrl: `${s.base}/v2` } as object),
  });
  return client.endpoints;
}
