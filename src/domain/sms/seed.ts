// The sms room's demo records, added on top of the core demo graph.
import type { DemoGraph } from '../seed.ts';

export async function seedSms(_graph: DemoGraph): Promise<void> {}
