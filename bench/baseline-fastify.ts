// The ceiling: for each workload, a bare Fastify route at Switchboard's path that
// answers the very body Switchboard answered for that request, serialized through
// the same response schema (the contract's success status, application/json), so
// Fastify does the same serialization work. No auth, no validation, no database:
// whatever Switchboard does costs something over this.
// BASELINE_BODIES names a JSON file: [{ "operationId": "...", "body": {...} }, ...]
// (bench/run.ts writes it from Switchboard's answers).
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

interface Fixed {
  operationId: string;
  body: unknown;
}

const spec = JSON.parse(readFileSync(new URL('../spec/openapi.json', import.meta.url), 'utf8'));

/** The operation's method, Fastify route (as Switchboard registers it), success status and its JSON schema. */
function contractRoute(operationId: string): { method: string; url: string; status: number; schema: object | undefined } {
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (op?.operationId !== operationId) continue;
      const status = Object.keys(op.responses ?? {}).map(Number).filter((s) => s >= 200 && s < 300).sort((a, b) => a - b)[0] ?? 200;
      return {
        method: method.toUpperCase(),
        url: '/v2' + path.replace(/\{([^}]+)\}/g, ':$1'),
        status,
        schema: op.responses?.[status]?.content?.['application/json']?.schema,
      };
    }
  }
  throw new Error(`No operation ${operationId} in spec/openapi.json`);
}

const file = process.env.BASELINE_BODIES;
if (!file) throw new Error('BASELINE_BODIES must name a JSON file of [{ operationId, body }]');
const fixed: Fixed[] = JSON.parse(readFileSync(file, 'utf8'));

const app = Fastify({ logger: false });
for (const f of fixed) {
  const { method, url, status, schema } = contractRoute(f.operationId);
  if (!schema) throw new Error(`${f.operationId} documents no application/json schema for ${status}`);
  app.route({
    method: method as 'GET',
    url,
    schema: { response: { [status]: schema } },
    handler: async (_request, reply) => {
      reply.code(status);
      return f.body;
    },
  });
}
await app.listen({ port: Number(process.env.PORT ?? 9700), host: '127.0.0.1' });
console.log('baseline listening');
