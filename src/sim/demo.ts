// The demo account's activity: a few days of calls made by the simulator through
// the demo's own routing, so that a newcomer's first call history, voicemail and
// recording lists have something in them — never hand-written rows.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { isoSeconds } from '../clock.ts';
import { generateTraffic } from './traffic.ts';

const HOUR = 3_600_000;
/** How far back the demo's activity goes. */
export const DEMO_ACTIVITY_DAYS = 3;

export async function seedDemoActivity(db: Kysely<Database>, accountId: string, now: number): Promise<void> {
  await generateTraffic(db, accountId, now, {
    from: isoSeconds(now - DEMO_ACTIVITY_DAYS * 24 * HOUR),
    // The last call ends well before now: nothing of the demo lies in the sandbox's future.
    to: isoSeconds(now - HOUR),
    rate_per_minute: 0.08,
    time_zone: 'America/Los_Angeles',
    seed: 'demo-activity',
  });
}
