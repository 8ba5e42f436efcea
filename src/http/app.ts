// Builds the Fastify app: OAuth, every contract operation under /v2, the
// control plane, the served contract and its reference page.
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyRequest } from 'fastify';
import type { Sandbox } from '../sandbox.ts';
import { loadContract, type Operation } from '../contract.ts';
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

/**
 * The most bytes one uploaded file may carry before it is cut and marked
 * `truncated`: above any size a page documents (fax files: 50MB), so that the
 * operation answers its own documented error for a file past its limit.
 */
export const UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;

/** Whether the contract gives the operation a multipart/form-data request body (a file upload). */
function takesForm(doc: any, op: Operation): boolean {
  return Boolean(doc.paths?.[op.path]?.[op.method.toLowerCase()]?.requestBody?.content?.['multipart/form-data']);
}

/**
 * A multipart/form-data body as the handler's `ctx.body`: the form's fields by
 * name, each a string, or for a file `{ filename, mimetype, data: Buffer,
 * truncated }` (truncated: it ran past UPLOAD_LIMIT_BYTES); a list where a name repeats.
 */
async function formBody(request: FastifyRequest): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  for await (const part of request.parts()) {
    const value =
      part.type === 'file'
        ? { filename: part.filename, mimetype: part.mimetype, data: await part.toBuffer(), truncated: part.file.truncated }
        : part.value;
    const prior = body[part.fieldname];
    body[part.fieldname] = prior === undefined ? value : [...[prior].flat(), value];
  }
  return body;
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
  const { doc } = loadContract();
  const registry = buildRegistry(sandbox.families);
  // Forms are read only by the operations the contract gives one (uploads), in a scope of their own:
  // every other operation still refuses a multipart body with 415.
  await app.register(async (uploads) => {
    await uploads.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 20, parts: 21 }, throwFileSizeLimit: false });
    uploads.addHook('preValidation', async (request) => {
      if (request.isMultipart()) request.body = await formBody(request);
    });
    registerOperations(uploads, sandbox, operations.filter((op) => takesForm(doc, op)), registry);
  });
  registerOperations(app, sandbox, operations.filter((op) => !takesForm(doc, op)), registry);
  registerControlPlane(app, sandbox);
  // The server delivers webhooks while it listens; a request that wrote events has them looked for at once.
  app.addHook('onReady', async () => sandbox.dispatcher.start());
  app.addHook('onClose', async () => sandbox.dispatcher.stop());
  app.addHook('onSend', async (_request, _reply, payload) => {
    sandbox.dispatcher.kickIfWritten();
    return payload;
  });

  const served = servedDocument();
  app.get('/openapi.json', { schema: { hide: true } as object }, async () => served);
  await app.register(swagger, { mode: 'static', specification: { document: served } });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/', { schema: { hide: true } as object }, async (_req, reply) => reply.redirect('/docs'));
  return app;
}
