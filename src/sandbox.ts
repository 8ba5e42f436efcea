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
import { seedDemo, type DemoCredentials } from './kit/seed.ts';
import { gatherMigrations, installListeners } from './kit/compose.ts';
import type { Family } from './kit/family.ts';
import { platformMigrations } from './store/migrations.ts';
import { families as allFamilies } from './families/index.ts';

export interface SandboxOptions {
  databaseUrl?: string;
  clock?: Clock;
  ids?: IdGenerator;
  adminKey?: string;
  rateLimits?: boolean;
  demo?: DemoCredentials;
  /** Seed the demo account when the database is empty (default true). */
  seed?: boolean;
  /** The families this sandbox runs (default: all of them). */
  families?: Family[];
}

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
  adminKey = '';
  private signingKey = '';
  private clockTimer?: NodeJS.Timeout;

  private constructor(
    readonly store: Store,
    readonly clock: Clock,
    readonly ids: IdGenerator,
    readonly rateLimits: boolean,
    readonly demo: DemoCredentials,
    readonly families: Family[],
  ) {
    this.tokens = new TokenVerifier(() => this.db);
    this.accounts = new AccountDirectory(() => this.db);
    this.rateLimiter = new RateLimiter(() => this.db);
    this.paginator = new Paginator(() => this.signingKey, () => this.clock.now());
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
    );
    await sandbox.init(options.adminKey, options.seed ?? true);
    return sandbox;
  }

  private async init(adminKey: string | undefined, seed: boolean): Promise<void> {
    // Keys live in the database so every process over it agrees on them.
    this.signingKey = await this.metaValue('signing_key', secret);
    this.adminKey = adminKey ?? (await this.metaValue('admin_key', () => `sbadmin_${secret()}`));
    await this.followClock();
    // Another process over the same database may move the clock; each follows within CLOCK_FOLLOW_MS.
    if (this.clock instanceof OffsetClock) {
      this.clockTimer = setInterval(() => void this.followClock().catch(() => {}), CLOCK_FOLLOW_MS);
      this.clockTimer.unref();
    }
    if (seed) {
      const any = await this.db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
      if (!any) await this.db.transaction().execute((trx) => seedDemo(trx, this.demo, this.ids, this.clock.now(), this.families));
    }
  }

  /** Takes the clock offset the database holds, which any process may have moved. */
  private async followClock(): Promise<void> {
    if (!(this.clock instanceof OffsetClock)) return;
    const offset = await this.db.selectFrom('meta').select('value').where('key', '=', 'clock_offset_ms').executeTakeFirst();
    this.clock.offsetMs = offset ? Number(offset.value) : 0;
  }

  private async metaValue(key: string, make: () => string): Promise<string> {
    const found = await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
    if (found) return found.value;
    // Two processes starting together may race here; the loser reads the winner's value.
    await this.db.insertInto('meta').values({ key, value: make() }).onConflict((oc) => oc.column('key').doNothing()).execute();
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirstOrThrow();
    return row.value;
  }

  /** Empties all state and seeds the demo account again. The admin key survives. */
  async reset(): Promise<void> {
    const tables = await stateTables(this.db);
    await this.db.transaction().execute(async (trx) => {
      for (const table of tables) await trx.deleteFrom(table as 'meta').execute();
      await trx.insertInto('meta').values({ key: 'admin_key', value: this.adminKey }).execute();
      await trx.insertInto('meta').values({ key: 'signing_key', value: this.signingKey }).execute();
      await seedDemo(trx, this.demo, this.ids, this.clock.now(), this.families);
    });
    if (this.clock instanceof OffsetClock) this.clock.offsetMs = 0;
    this.tokens.clear();
    this.accounts.clear();
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
    await this.store.close();
  }
}
