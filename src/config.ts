// Start-up settings, all from the environment, each with a documented default.
import { DEMO_DEFAULTS, type SandboxOptions } from './sandbox.ts';
import type { DemoCredentials } from './kit/seed.ts';

export const DEFAULT_PORT = 9600;

export interface Config extends SandboxOptions {
  demo: DemoCredentials;
  port: number;
  host: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? DEFAULT_PORT),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    adminKey: env.SWITCHBOARD_ADMIN_KEY || undefined,
    rateLimits: env.SWITCHBOARD_RATE_LIMITS !== 'off',
    webhooks: { leaseMs: env.SWITCHBOARD_WEBHOOK_LEASE_MS ? Number(env.SWITCHBOARD_WEBHOOK_LEASE_MS) : undefined },
    demo: {
      accountId: env.ZOOM_ACCOUNT_ID || DEMO_DEFAULTS.accountId,
      clientId: env.ZOOM_CLIENT_ID || DEMO_DEFAULTS.clientId,
      clientSecret: env.ZOOM_CLIENT_SECRET || DEMO_DEFAULTS.clientSecret,
    },
  };
}
