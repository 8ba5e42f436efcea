// Handlers of the billing room, keyed by operationId.
import type { HandlerMap } from '../context.ts';

export const handlers: HandlerMap = {};
