// Handlers of the carriers room, keyed by operationId.
import type { HandlerMap } from '../context.ts';

export const handlers: HandlerMap = {};
