// The composition root: the list of families, one database, one clock, one id
// generator and the platform services built on them. The HTTP app, the CLI and tests all start here.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './kit/locks.ts';
import { openStore, stateTables, type Store } from './store/db.ts';
import type { Database } from './store/schema.ts';
import { OffsetClock, type Clock } from './clock.ts';
import { RandomIds, secret, type IdGenerator } from './ids.ts';
import { TokenVerifier } from './platform/apps.ts';
import { RateLimiter } from './platform/rate-limits.ts';
import { Paginator } from './platform/pagination.ts';
import { AccountDirectory } from './platform/accounts.ts';
import { KeptAnswers } from './platform/kept-answers.ts';
import { SECRET_ENV, deploymentSecret, hashAdminKey, signingKeyCheck, signingKeyFor } from './platform/secrets.ts';
import { seedDemo, type DemoCredentials } from './kit/seed.ts';
import { gatherMigrations, installListeners } from './kit/compose.ts';
import type { Family } from './kit/family.ts';
import { platformMigrations } from './store/migrations.ts';
import { families as allFamilies } from './families/index.ts';
import { findUser, removeUser } from './families/users/public.ts';
import { createGroup, groupsOf, type GroupListing } from './families/policies/public.ts';
import { changeAccountPolicy } from './families/account-settings/public.ts';
import { seedDemoActivity } from './sim/demo.ts';
import { Dispatcher, type DispatcherOptions } from './events/dispatcher.ts';

export interface SandboxOptions {
  databaseUrl?: string;
  clock?: Clock;
  ids?: IdGenerator;
  /** The control-plane key; unset, the one this database was made with (kept as its hash). */
  adminKey?: string;
  /** The deployment secret page tokens are signed under (default: deploymentSecret()). */
  secret?: string;
  /** Make a new admin key and signing salt at start (the remedy for a lost secret or key). */
  rotateKeys?: boolean;
  rateLimits?: boolean;
  demo?: DemoCredentials;
  /** Seed the demo account when the database is empty (default true). */
  seed?: boolean;
  /** Give the seeded demo account a few days of simulated calls (default true). */
  demoActivity?: boolean;
  /** The families this sandbox runs (default: all of them). */
  families?: Family[];
  /** How webhook deliveries are looked for (the server starts delivering when it listens). */
  webhooks?: DispatcherOptions;
}

/** The meta rows a reset keeps: the keys, which are not state. */
const KEPT_BY_RESET = ['admin_key_sha256', 'page_token_salt', 'page_token_check'];

/** How soon a process sees the clock another process over the same database moved. */
export const CLOCK_FOLLOW_MS = 1000;

export const DEMO_DEFAULTS: DemoCredentials = {
  accountId: 'demo-account',
  clientId: 'demo-client-id',
  clientSecret: 'demo-client-secret',
};

export class Sandbox {
  readonly tokens: TokenVerifier;
  readonly accounts: AccountDirectory;
  readonly rateLimiter: RateLimiter;
  readonly paginator: Paginator;
  readonly answers: KeptAnswers;
  /** Delivers the webhook outbox; started by the HTTP server (src/http/app.ts), idle in the CLI's one-shot commands. */
  readonly dispatcher: Dispatcher;
  /** The control-plane key, when this process knows it: given, or made by this start. */
  adminKey?: string;
  adminKeyHash = '';
  private signingKey = '';
  private clockTimer?: NodeJS.Timeout;

  private constructor(
    readonly store: Store,
    readonly clock: Clock,
    readonly ids: IdGenerator,
    readonly rateLimits: boolean,
    readonly demo: DemoCredentials,
    readonly families: Family[],
    private readonly demoActivity: boolean,
    webhooks: DispatcherOptions,
  ) {
    this.tokens = new TokenVerifier(() => this.db);
    this.accounts = new AccountDirectory(() => this.db);
    this.rateLimiter = new RateLimiter(() => this.db);
    this.paginator = new Paginator(() => this.signingKey, () => this.clock.now());
    this.answers = new KeptAnswers(() => this.store.changeMark(), () => this.clock.now());
    this.dispatcher = new Dispatcher(() => this.db, this.clock, webhooks);
  }

  get db(): Kysely<Database> {
    return this.store.db;
  }

  static async open(options: SandboxOptions = {}): Promise<Sandbox> {
    const families = options.families ?? allFamilies;
    const store = await openStore(options.databaseUrl, gatherMigrations(families, platformMigrations));
    installListeners(families);
    const sandbox = new Sandbox(
      store,
      options.clock ?? new OffsetClock(),
      options.ids ?? new RandomIds(),
      options.rateLimits ?? true,
      options.demo ?? DEMO_DEFAULTS,
      families,
      options.demoActivity ?? true,
      options.webhooks ?? {},
    );
    await sandbox.init(options.adminKey, options.secret ?? deploymentSecret(), options.seed ?? true, options.rotateKeys ?? false);
    return sandbox;
  }

  private async init(adminKey: string | undefined, deployment: string, seed: boolean, rotate: boolean): Promise<void> {
    await this.forgetPlainKeys();
    if (rotate) await this.rotateKeys(deployment);
    // What every process over the database must agree on lives in it: the admin key's hash, the signing salt.
    const salt = await this.metaValue('page_token_salt', secret);
    this.signingKey = signingKeyFor(deployment, salt);
    const check = await this.metaValue('page_token_check', () => signingKeyCheck(this.signingKey));
    if (check !== signingKeyCheck(this.signingKey)) {
      throw new Error(
        `This database's page tokens are signed under another deployment secret: start every process over it with the same ${SECRET_ENV} ` +
          '(or the secret file it was first started with), or run `switchboard rotate-keys`.',
      );
    }
    if (adminKey) {
      this.adminKey = adminKey;
      this.adminKeyHash = hashAdminKey(adminKey);
    } else if (!rotate) {
      const made = `sbadmin_${secret()}`;
      this.adminKeyHash = await this.metaValue('admin_key_sha256', () => hashAdminKey(made));
      // Shown only by the start that made it; later starts cannot, by design.
      this.adminKey = this.adminKeyHash === hashAdminKey(made) ? made : undefined;
    }
    await this.followClock();
    // Another process over the same database may move the clock; each follows within CLOCK_FOLLOW_MS.
    if (this.clock instanceof OffsetClock) {
      this.clockTimer = setInterval(() => void this.followClock().catch(() => {}), CLOCK_FOLLOW_MS);
      this.clockTimer.unref();
    }
    if (seed) {
      const any = await this.db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
      if (!any) await this.db.transaction().execute((trx) => this.seed(trx));
    }
  }

  /** The demo account, and (unless turned off) its activity, made by the simulator. */
  private async seed(trx: Kysely<Database>): Promise<void> {
    await seedDemo(trx, this.demo, this.ids, this.clock.now(), this.families);
    if (this.demoActivity && this.families === allFamilies) await seedDemoActivity(trx, this.demo.accountId, this.clock.now());
  }

  /** Takes the clock offset the database holds, which any process may have moved. */
  private async followClock(): Promise<void> {
    if (!(this.clock instanceof OffsetClock)) return;
    const offset = await this.db.selectFrom('meta').select('value').where('key', '=', 'clock_offset_ms').executeTakeFirst();
    this.clock.offsetMs = offset ? Number(offset.value) : 0;
  }

  /**
   * Databases made by earlier builds kept the admin key and the signing key in
   * plain text: the admin key becomes its hash (whoever was shown it keeps
   * using it), the signing key goes (open page tokens fail, as after 15 minutes).
   */
  private async forgetPlainKeys(): Promise<void> {
    const plain = await this.db.selectFrom('meta').select('value').where('key', '=', 'admin_key').executeTakeFirst();
    if (plain) {
      await this.db.insertInto('meta').values({ key: 'admin_key_sha256', value: hashAdminKey(plain.value) }).onConflict((oc) => oc.column('key').doNothing()).execute();
    }
    await this.db.deleteFrom('meta').where('key', 'in', ['admin_key', 'signing_key']).execute();
  }

  /** A new admin key (returned, the only time it is shown) and a new signing salt under this process's secret. */
  async rotateKeys(deployment = deploymentSecret()): Promise<string> {
    const key = `sbadmin_${secret()}`;
    const salt = secret();
    const signingKey = signingKeyFor(deployment, salt);
    await this.db.transaction().execute(async (trx) => {
      for (const [k, value] of [
        ['admin_key_sha256', hashAdminKey(key)],
        ['page_token_salt', salt],
        ['page_token_check', signingKeyCheck(signingKey)],
      ]) {
        await trx.deleteFrom('meta').where('key', '=', k).execute();
        await trx.insertInto('meta').values({ key: k, value }).execute();
      }
    });
    this.signingKey = signingKey;
    this.adminKeyHash = hashAdminKey(key);
    this.adminKey = key;
    return key;
  }

  private async metaValue(key: string, make: () => string): Promise<string> {
    const found = await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
    if (found) return found.value;
    // Two processes starting together may race here; the loser reads the winner's value.
    await this.db.insertInto('meta').values({ key, value: make() }).onConflict((oc) => oc.column('key').doNothing()).execute();
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirstOrThrow();
    return row.value;
  }

  /** Empties all state and seeds the demo account again. The keys survive. */
  async reset(): Promise<void> {
    const tables = await stateTables(this.db);
    await this.db.transaction().execute(async (trx) => {
      const keys = await trx.selectFrom('meta').selectAll().where('key', 'in', KEPT_BY_RESET).execute();
      for (const table of tables) await trx.deleteFrom(table as 'meta').execute();
      if (keys.length) await trx.insertInto('meta').values(keys).execute();
      await this.seed(trx);
    });
    if (this.clock instanceof OffsetClock) this.clock.offsetMs = 0;
    this.tokens.clear();
    this.accounts.clear();
  }

  /**
   * Takes a user (id or email) out of Zoom Phone, as deleting the Zoom user or taking
   * back its phone licence does (Zoom's Users API, outside this contract): false when
   * the account has no such user. Everything hung on the user lets go in the same transaction.
   */
  async removePhoneUser(accountId: string, idOrEmail: string): Promise<boolean> {
    return this.db.transaction().execute((trx) => removeUser(trx, accountId, idOrEmail));
  }

  /**
   * Changes the account's Zoom Phone settings document as its admin does in Zoom's web
   * portal (no operation of the contract writes it); every site and user without its own
   * change, and every one below a lock, reads the new value. Unknown setting types change nothing.
   */
  changeAccountSettings(accountId: string, patch: Record<string, unknown>): Promise<{ unknown: string[] }> {
    return changeAccountPolicy(this.db, accountId, patch, this.clock.now());
  }

  /** The account's Zoom groups (Zoom's Groups API, outside this contract), each with the users whose main group it is. */
  groups(accountId: string): Promise<GroupListing[]> {
    return groupsOf(this.db, accountId);
  }

  /**
   * Makes a Zoom group of the account with these users (ids or emails) as members: it becomes
   * their main group, whose phone policies they inherit. A user the account does not have is
   * answered (`missing`) and nothing is made.
   */
  async addGroup(accountId: string, name: string, users: string[]): Promise<GroupListing | { missing: string }> {
    return this.db.transaction().execute(async (trx) => {
      const userIds: string[] = [];
      for (const u of users) {
        const found = await findUser(trx, accountId, u);
        if (!found) return { missing: u };
        if (!userIds.includes(found.id)) userIds.push(found.id);
      }
      const id = this.ids.next();
      await createGroup(trx, accountId, { id, name, userIds, now: this.clock.now() });
      return { id, name, member_ids: userIds };
    });
  }

  /** Moves the sandbox clock forward (tokens, page tokens and rate windows follow it). */
  async advanceClock(ms: number): Promise<number> {
    if (!(this.clock instanceof OffsetClock)) {
      (this.clock as { advance?: (ms: number) => void }).advance?.(ms);
      return this.clock.now();
    }
    // One statement adds to what the database holds, so two processes moving the clock at once both count.
    await this.db.insertInto('meta').values({ key: 'clock_offset_ms', value: '0' }).onConflict((oc) => oc.column('key').doNothing()).execute();
    const added = isPostgres(this.db) ? sql<string>`(cast(value as bigint) + ${ms})::text` : sql<string>`cast(cast(value as integer) + ${ms} as text)`;
    await this.db.updateTable('meta').set({ value: added }).where('key', '=', 'clock_offset_ms').execute();
    await this.followClock();
    return this.clock.now();
  }

  async close(): Promise<void> {
    if (this.clockTimer) clearInterval(this.clockTimer);
    await this.dispatcher.stop();
    await this.store.close();
  }
}
