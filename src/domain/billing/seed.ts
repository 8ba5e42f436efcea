// The billing room's demo records, added on top of the core demo graph.
import type { DemoGraph } from '../seed.ts';

export async function seedBilling(_graph: DemoGraph): Promise<void> {}
