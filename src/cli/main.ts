// `switchboard <command>`: serve, token, reset, seed, simulate, webhooks. Every command reads the same
// environment as the server (DATABASE_URL, ZOOM_* credentials, ...).
import { parseArgs } from 'node:util';
import { configFromEnv, DEFAULT_PORT } from '../config.ts';
import { Sandbox } from '../sandbox.ts';
import { buildApp } from '../http/app.ts';
import { authenticateApp, issueToken } from '../platform/apps.ts';
import { CONTROL_PREFIX, ADMIN_HEADER } from '../http/control-plane.ts';
import { SingleBar, Presets } from 'cli-progress';
import { seedNumbers } from './seed-numbers.ts';
import { simulate } from './simulate.ts';
import { webhooks, WEBHOOK_VERBS } from './webhooks.ts';

const HELP = `Switchboard: a stateful sandbox of the Zoom Phone APIs.

Usage: switchboard <command> [options]

Commands:
  serve            Start the server (default command).
  token            Print a bearer token for an app (default: the demo app).
                     --client-id ID  --client-secret SECRET  (default: ZOOM_CLIENT_ID / ZOOM_CLIENT_SECRET)
  reset            Erase all state and seed the demo account again.
  rotate-keys      Make a new control-plane key (printed once) and a new page-token signing
                   salt under this machine's deployment secret; open page tokens stop working.
  seed             Add bulk records for scale tests.
                     --numbers N     add N unassigned phone numbers, spread over the account's sites
                     --account ID    the account to fill (default: ZOOM_ACCOUNT_ID, the demo account)
  simulate KIND [JSON]
                   Run a simulation in the demo account (or "account_id" in the JSON body), as the
                   control plane's POST /_sandbox/KIND does, and print its answer. KIND: calls,
                   traffic, sms, faxes. Examples:
                     switchboard simulate calls '{"from":"+14155550123","to":"101","script":{"no_answer":true}}'
                     switchboard simulate traffic '{"rate_per_minute":2,"seed":"demo"}'
  webhooks VERB [ID] [JSON]
                   Event subscriptions, as the control plane's /_sandbox/webhooks routes: VERB is
                   ${WEBHOOK_VERBS.join(', ')}. A running server delivers the events. Examples:
                     switchboard webhooks create '{"endpoint_url":"http://127.0.0.1:4000/zoom","events":["phone.callee_ringing"]}'
                     switchboard webhooks deliveries SUBSCRIPTION_ID '{"status":"failed"}'
                     switchboard webhooks redeliver SUBSCRIPTION_ID '{"from":"2026-11-24T00:00:00Z","to":"2026-11-25T00:00:00Z"}'
  help             Show this text.

Environment:
  PORT (default ${DEFAULT_PORT})   HOST (default 127.0.0.1)
  DATABASE_URL     unset: ./data/switchboard.db (SQLite); file:PATH or PATH: that SQLite file;
                   postgres://...: PostgreSQL
  ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET   the demo app's credentials
  SWITCHBOARD_ADMIN_KEY        control-plane key (default: made once, printed by that start only;
                               the database keeps its hash)
  SWITCHBOARD_SECRET           deployment secret page tokens are signed under; the same on every
                               node over one database (default: SWITCHBOARD_SECRET_FILE, else
                               ~/.config/switchboard/secret, made on first start)
  SWITCHBOARD_RATE_LIMITS=off  switch rate limits off (load tests)
  SWITCHBOARD_WEBHOOK_LEASE_MS how long (real ms, default 30000) a server process holds a subscription's
                               deliveries; after a crash another process resumes them when it runs out
`;

async function serve(): Promise<void> {
  const config = configFromEnv();
  const sandbox = await Sandbox.open(config);
  const app = await buildApp(sandbox);
  const address = await app.listen({ port: config.port, host: config.host });
  const { demo } = config;
  console.log(`Switchboard is listening on ${address}  (data: ${sandbox.store.location})
  API base URL      ${address}/v2
  OAuth token URL   ${address}/oauth/token
  Reference         ${address}/docs
  Demo account      ZOOM_ACCOUNT_ID=${demo.accountId}
                    ZOOM_CLIENT_ID=${demo.clientId}
                    ZOOM_CLIENT_SECRET=${demo.clientSecret}
  Control plane     ${address}${CONTROL_PREFIX}  (header ${ADMIN_HEADER}: ${sandbox.adminKey ?? 'the key printed when this database was made; `switchboard rotate-keys` makes a new one'})
  Rate limits       ${sandbox.rateLimits ? 'on' : 'off'}

  curl -s -X POST -u ${demo.clientId}:${demo.clientSecret} "${address}/oauth/token?grant_type=account_credentials&account_id=${demo.accountId}"`);
  const stop = async () => {
    await app.close();
    await sandbox.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function token(args: string[]): Promise<void> {
  const config = configFromEnv();
  const { values } = parseArgs({ args, options: { 'client-id': { type: 'string' }, 'client-secret': { type: 'string' } } });
  const sandbox = await Sandbox.open(config);
  try {
    const clientId = values['client-id'] ?? config.demo.clientId;
    const clientSecret = values['client-secret'] ?? config.demo.clientSecret;
    const found = await authenticateApp(sandbox.db, clientId, clientSecret);
    if (!found) throw new Error(`No app with client id ${clientId} and that secret.`);
    console.log((await issueToken(sandbox.db, found, sandbox.clock.now())).access_token);
  } finally {
    await sandbox.close();
  }
}

async function reset(): Promise<void> {
  const sandbox = await Sandbox.open(configFromEnv());
  await sandbox.reset();
  await sandbox.close();
  console.log('State erased; demo account seeded again.');
}

async function rotateKeys(): Promise<void> {
  const sandbox = await Sandbox.open({ ...configFromEnv(), adminKey: undefined, rotateKeys: true });
  await sandbox.close();
  console.log(`New control-plane key (${ADMIN_HEADER}): ${sandbox.adminKey}\nKeep it: the database holds only its hash. Open page tokens no longer verify.`);
}

async function seed(args: string[]): Promise<void> {
  const config = configFromEnv();
  const { values } = parseArgs({ args, options: { numbers: { type: 'string' }, account: { type: 'string' } } });
  const count = Number(values.numbers);
  if (!Number.isInteger(count) || count <= 0) throw new Error('--numbers N is required (a positive integer).');
  const sandbox = await Sandbox.open(config);
  const bar = new SingleBar({ format: 'numbers [{bar}] {percentage}% {value}/{total} {duration}s', stream: process.stderr }, Presets.shades_classic);
  const started = Date.now();
  try {
    bar.start(count, 0);
    const added = await seedNumbers(sandbox.db, {
      accountId: values.account ?? config.demo.accountId,
      count,
      now: sandbox.clock.now(),
      ids: sandbox.ids,
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    console.log(`Added ${added} phone numbers to ${values.account ?? config.demo.accountId} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    bar.stop();
    await sandbox.close();
  }
}

const [command = 'serve', ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = { serve, token, reset, seed, simulate, webhooks, 'rotate-keys': rotateKeys };
if (command === 'help' || command === '--help' || command === '-h') {
  console.log(HELP);
} else if (commands[command]) {
  commands[command](rest).catch((err: Error) => {
    console.error(`switchboard ${command}: ${err.message}`);
    process.exit(1);
  });
} else {
  console.error(`Unknown command: ${command}\n\n${HELP}`);
  process.exit(2);
}
