// Simulations of SMS: a text from an outside number arriving at one of the
// account's numbers, as a carrier would deliver it. It is stored, and announced,
// through the sms-messages family like any message.
import type { SimRoute } from './route.ts';
import { ZoomError } from '../errors.ts';
import { receiveSms } from '../families/sms-messages/public.ts';

const E164 = '^\\+[1-9][0-9]{6,14}$';

export const smsRoutes: SimRoute[] = [
  {
    method: 'POST',
    url: '/sms',
    summary: "An SMS from an outside number arrives at one of the account's SMS capable numbers (STOP / START set the sender's opt status)",
    status: 201,
    body: {
      type: 'object',
      properties: {
        from: { type: 'string', pattern: E164, description: 'The outside number texting, E.164.' },
        to: { type: 'string', pattern: E164, description: "The account's number receiving it, E.164: SMS capable and held by a user, call queue or auto receptionist." },
        text: { type: 'string', minLength: 1, maxLength: 2048, description: 'The message.' },
        at: { type: 'string', format: 'date-time', description: 'When it arrives (default: now, sandbox time); not in the future.' },
      },
      required: ['from', 'to', 'text'],
    },
    response: {
      type: 'object',
      properties: { session_id: { type: 'string' }, message_id: { type: 'string' } },
    },
    async run(ctx, body: { from: string; to: string; text: string; at?: string }) {
      const now = ctx.clock.now();
      const at = body.at === undefined ? now : Date.parse(body.at);
      if (Number.isNaN(at)) throw new ZoomError(400, 300, `at is not a date-time: ${body.at}.`);
      if (at > now) throw new ZoomError(400, 300, `at (${body.at}) is in the future of the sandbox clock.`);
      return receiveSms(ctx.db, ctx.accountId, { from: body.from, to: body.to, text: body.text, at }, { now, ids: ctx.ids });
    },
  },
];
