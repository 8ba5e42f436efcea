// Builds the Fastify app: OAuth, every contract operation under /v2, the
// control plane, the served contract and its reference page.
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Sandbox } from '../sandbox.ts';
import { loadContract } from '../contract.ts';
import { buildRegistry } from '../kit/compose.ts';
import { BODY_LIMIT_BYTES, clientErrorHandler, installErrorHandling, sendError, toZoomError } from './errors.ts';
import { acceptEmptyJson, parseQuery } from './protocol.ts';
import { registerOAuth } from './oauth.ts';
import { methodsIndex, registerOperations } from './operations.ts';
import { controlPlaneOpenApi, registerControlPlane } from './control-plane.ts';

export interface AppOptions {
  logLevel?: string;
}

/** Formats the documents name that Ajv need not check; they still appear in the served contract. */
// 'time' too: the documents give values such as "09:00", which RFC 3339 time refuses.
const UNCHECKED_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'timezone', 'time'];

/** The contract plus the control plane, as served at /openapi.json and /docs. */
export function servedDocument(): any {
  const { doc } = loadContract();
  const cp = controlPlaneOpenApi();
  return {
    ...doc,
    servers: [{ url: '/v2', description: 'This Switchboard server' }, ...(doc.servers ?? [])],
    tags: [...(doc.tags ?? []), cp.tag],
    paths: { ...doc.paths, ...cp.paths },
    components: {
      ...doc.components,
      securitySchemes: { ...doc.components?.securitySchemes, sandbox_admin_key: cp.securityScheme },
    },
  };
}

export async function buildApp(sandbox: Sandbox, options: AppOptions = {}): Promise<FastifyInstance> {
  const { operations } = loadContract();
  const app = Fastify({
    logger: { level: options.logLevel ?? process.env.LOG_LEVEL ?? 'warn' },
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: {
      // `/phone/sites/` is `/phone/sites`; a long e-mail as `{userId}` is still an id.
      ignoreTrailingSlash: true,
      maxParamLength: 2048,
      querystringParser: parseQuery,
    },
    // Errors met while routing (a bad %-escape, say) answer in Zoom's shape like every other.
    frameworkErrors: (error, _request, reply) => sendError(reply, toZoomError(error)),
    // And those Node's HTTP parser refuses before routing (headers past 16 KiB, bytes that are not HTTP).
    clientErrorHandler,
    ajv: {
      customOptions: {
        strict: false,
        coerceTypes: 'array',
        useDefaults: true,
        removeAdditional: false,
        allErrors: false,
        formats: Object.fromEntries(UNCHECKED_FORMATS.map((f) => [f, true])),
      },
    },
  });
  installErrorHandling(app, methodsIndex(operations));
  // Zoom's API speaks JSON (and forms, for OAuth only); a text body must be refused, not validated as a string.
  app.removeContentTypeParser('text/plain');
  acceptEmptyJson(app, BODY_LIMIT_BYTES);
  await app.register(async (oauth) => {
    await oauth.register(formbody);
    registerOAuth(oauth, sandbox);
  });
  registerOperations(app, sandbox, operations, buildRegistry(sandbox.families));
  registerControlPlane(app, sandbox);

  const served = servedDocument();
  app.get('/openapi.json', { schema: { hide: true } as object }, async () => served);
  await app.register(swagger, { mode: 'static', specification: { document: served } });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/', { schema: { hide: true } as object }, async (_req, reply) => reply.redirect('/docs'));
  return app;
}
