// Simulations of fax: a fax arriving from outside the account, as the world
// would send one, through the fax family's own write (the receiving
// extension's unread log, its PDF document, and the fax.received event).
import type { SimRoute } from './route.ts';
import { ZoomError } from '../errors.ts';
import { MAX_INBOUND_PAGES, receiveInboundFax, type InboundRefusal } from '../families/fax/public.ts';

const REFUSALS: Record<InboundRefusal, (body: { from: string; to: string }) => ZoomError> = {
  fromNotE164: (b) => new ZoomError(400, 300, `from must be an outside number in E.164 format: ${b.from}.`),
  toUnknown: (b) => new ZoomError(404, 404, `The account has no number or extension ${b.to}.`),
  toReachesNoExtension: (b) => new ZoomError(400, 300, `The number ${b.to} is assigned to no extension that can receive a fax.`),
};

export const faxRoutes: SimRoute[] = [
  {
    method: 'POST',
    url: '/faxes',
    summary: 'A fax arrives from outside: the receiving extension gets a fax log and its PDF',
    status: 201,
    body: {
      type: 'object',
      properties: {
        from: { type: 'string', maxLength: 16, description: 'The sender: an outside number in E.164 format.' },
        to: { type: 'string', maxLength: 32, description: "One of the account's numbers (E.164) assigned to an extension, or an extension number." },
        pages: { type: 'integer', minimum: 1, maximum: MAX_INBOUND_PAGES, default: 1, description: 'How many pages the fax has.' },
        at: { type: 'string', format: 'date-time', description: "When the fax arrived (default: the sandbox's now)." },
      },
      required: ['from', 'to'],
    },
    response: {
      type: 'object',
      properties: {
        fax_id: { type: 'string' },
        fax_log_id: { type: 'string' },
        file_id: { type: 'string' },
      },
    },
    async run(ctx, body: { from: string; to: string; pages?: number; at?: string }) {
      const at = body.at === undefined ? ctx.clock.now() : Date.parse(body.at);
      if (Number.isNaN(at)) throw new ZoomError(400, 300, `at must be a date-time: ${body.at}.`);
      const got = await receiveInboundFax(ctx.db, ctx.accountId, ctx.ids, { from: body.from.trim(), to: body.to.trim(), pages: body.pages ?? 1, at });
      if (!got.ok) throw REFUSALS[got.refusal](body);
      return { fax_id: got.faxId, fax_log_id: got.faxLogId, file_id: got.fileId };
    },
  },
];
