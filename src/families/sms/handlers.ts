// Handlers of the sms room, keyed by operationId.
import { defineHandlers } from '../../kit/context.ts';
import { campaignHandlers } from './campaigns.ts';
import { consentHandlers } from './consents.ts';
import { optStatusHandlers } from './opt-status.ts';

export const handlers = defineHandlers({ ...campaignHandlers, ...consentHandlers, ...optStatusHandlers });
