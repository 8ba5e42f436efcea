// `switchboard webhooks VERB [ID] [JSON]`: the control plane's webhook routes from
// the command line, against the configured database — the same checks and
// answers. A running server delivers what they queue (it polls the outbox).
import { configFromEnv } from '../config.ts';
import { Sandbox } from '../sandbox.ts';
import { webhookRoutes } from '../events/routes.ts';
import { jsonArgument } from './json-argument.ts';

const VERBS: Record<string, { method: string; url: string; id: boolean; json: 'body' | 'query' | 'none' }> = {
  list: { method: 'GET', url: '/webhooks', id: false, json: 'query' },
  create: { method: 'POST', url: '/webhooks', id: false, json: 'body' },
  show: { method: 'GET', url: '/webhooks/:subscriptionId', id: true, json: 'none' },
  update: { method: 'PATCH', url: '/webhooks/:subscriptionId', id: true, json: 'body' },
  delete: { method: 'DELETE', url: '/webhooks/:subscriptionId', id: true, json: 'none' },
  validate: { method: 'POST', url: '/webhooks/:subscriptionId/validate', id: true, json: 'none' },
  deliveries: { method: 'GET', url: '/webhooks/:subscriptionId/deliveries', id: true, json: 'query' },
  redeliver: { method: 'POST', url: '/webhooks/:subscriptionId/redeliver', id: true, json: 'body' },
};

export const WEBHOOK_VERBS = Object.keys(VERBS);

export async function webhooks(args: string[]): Promise<void> {
  const [verb = '', ...rest] = args;
  const spec = VERBS[verb];
  if (!spec) throw new Error(`VERB must be one of ${WEBHOOK_VERBS.join(', ')}.`);
  const route = webhookRoutes.find((r) => r.method === spec.method && r.url === spec.url)!;
  const id = spec.id ? rest.shift() : undefined;
  if (spec.id && !id) throw new Error(`webhooks ${verb} needs the subscription's id.`);
  if (rest[0] !== undefined && spec.json === 'none') throw new Error(`webhooks ${verb} takes no JSON.`);
  const schema = spec.json === 'body' ? route.body : spec.json === 'query' ? route.querystring : undefined;
  const json = jsonArgument(rest[0] ?? '{}', schema, spec.json);
  const sandbox = await Sandbox.open(configFromEnv());
  try {
    const req = { params: { subscriptionId: id }, query: spec.json === 'query' ? json : {}, body: spec.json === 'body' ? json : undefined };
    const answer = await route.run(sandbox, req as never);
    console.log(answer === undefined ? 'Done.' : JSON.stringify(answer, null, 2));
  } finally {
    await sandbox.close();
  }
}
