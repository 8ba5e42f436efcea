// POST /oauth/token: Zoom's Server-to-Server OAuth (grant_type=account_credentials).
// Its errors are OAuth's `{ reason, error }` shape, as Zoom answers them.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Sandbox } from '../sandbox.ts';
import { authenticateApp, issueToken } from '../platform/apps.ts';

const oauthError = (reply: FastifyReply, status: number, error: string, reason: string) =>
  reply.code(status).send({ reason, error });

function basicCredentials(header: string | undefined): [string, string] | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0 ? undefined : [decoded.slice(0, i), decoded.slice(i + 1)];
}

export function registerOAuth(app: FastifyInstance, sandbox: Sandbox): void {
  app.post('/oauth/token', async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, string>;
    const form = (typeof request.body === 'object' && request.body ? request.body : {}) as Record<string, string>;
    const grantType = query.grant_type ?? form.grant_type;
    const accountId = query.account_id ?? form.account_id;
    const creds = basicCredentials(request.headers.authorization);
    if (!creds) return oauthError(reply, 400, 'invalid_client', 'Invalid client_id or client_secret');
    const clientApp = await authenticateApp(sandbox.db, creds[0], creds[1]);
    if (!clientApp) return oauthError(reply, 400, 'invalid_client', 'Invalid client_id or client_secret');
    if (grantType !== 'account_credentials') return oauthError(reply, 400, 'unsupported_grant_type', 'unsupported grant type');
    if (!accountId) return oauthError(reply, 400, 'invalid_request', 'Missing account_id');
    if (accountId !== clientApp.account_id) return oauthError(reply, 400, 'invalid_request', 'Invalid account_id');
    const token = await issueToken(sandbox.db, clientApp, sandbox.clock.now());
    const host = request.headers.host ?? `${request.hostname}`;
    return reply.send({ ...token, api_url: `${request.protocol}://${host}` });
  });
}
