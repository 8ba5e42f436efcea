// `switchboard simulate KIND [JSON]`: the control plane's simulations from the
// command line, against the configured database — the same body, checked against
// the same schema, run in one transaction, answering the same JSON.
import { configFromEnv } from '../config.ts';
import { Sandbox } from '../sandbox.ts';
import { simRoutes } from '../sim/routes.ts';
import { findAccount } from '../platform/accounts.ts';
import { jsonArgument } from './json-argument.ts';

export async function simulate(args: string[]): Promise<void> {
  const [kind, json = '{}'] = args;
  const route = simRoutes.find((r) => r.url === `/${kind}`);
  if (!route) throw new Error(`KIND must be one of ${simRoutes.map((r) => r.url.slice(1)).join(', ')}.`);
  const schema = { ...route.body, properties: { account_id: { type: 'string' }, ...route.body.properties } };
  const body = jsonArgument(json, schema, 'body');
  const sandbox = await Sandbox.open(configFromEnv());
  try {
    const { account_id, ...rest } = body as { account_id?: string };
    const accountId = account_id ?? sandbox.demo.accountId;
    if (!(await findAccount(sandbox.db, accountId))) throw new Error(`No account ${accountId}.`);
    const answer = await sandbox.db.transaction().execute((trx) => route.run({ db: trx, accountId, clock: sandbox.clock, ids: sandbox.ids }, rest));
    console.log(JSON.stringify(answer, null, 2));
  } finally {
    await sandbox.close();
  }
}
