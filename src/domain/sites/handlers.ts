// Handlers of the sites room, keyed by operationId.
import type { HandlerMap } from '../context.ts';

export const handlers: HandlerMap = {};
