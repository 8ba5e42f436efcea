// operationId -> handler, gathered from every family. Coverage is this map's
// size over the contract's operations.
import type { HandlerMap } from './context.ts';
import { handlers as users } from './users/handlers.ts';
import { handlers as sites } from './sites/handlers.ts';
import { handlers as numbers } from './numbers/handlers.ts';
import { handlers as sip } from './sip/handlers.ts';
import { handlers as sms } from './sms/handlers.ts';
import { handlers as carriers } from './carriers/handlers.ts';
import { handlers as billing } from './billing/handlers.ts';

const families: Record<string, HandlerMap> = { users, sites, numbers, carriers, sip, sms, billing };

export function buildRegistry(): Map<string, { family: string; handler: HandlerMap[string] }> {
  const registry = new Map<string, { family: string; handler: HandlerMap[string] }>();
  for (const [family, map] of Object.entries(families)) {
    for (const [operationId, handler] of Object.entries(map)) {
      const prior = registry.get(operationId);
      if (prior) throw new Error(`${operationId} is handled by both ${prior.family} and ${family}`);
      registry.set(operationId, { family, handler });
    }
  }
  return registry;
}
