// The fax family's demo records, made by the family's own writes: the first
// demo user faxes a two-page document to an outside number, and an outside
// number faxes three pages to the second demo user's number.
import type { DemoGraph } from '../../kit/seed.ts';
import { numbersById } from '../numbers/public.ts';
import { sendFax } from './record.ts';
import { receiveInboundFax } from './public.ts';

const HOUR = 3_600_000;

export async function seedFax(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const numbers = await numbersById(db, accountId, graph.numberIds.slice(0, 2));
  const [first, second] = graph.numberIds.slice(0, 2).map((id) => numbers.get(id)?.number);
  if (!first || !second) throw new Error('fax seed: the demo users have no numbers');
  const sent = await sendFax(
    { db, accountId, ids, now: now - 2 * HOUR },
    {
      upload: { entries: [{ name: '1.pdf', pages: 1 }, { name: '2.txt', pages: 1 }] },
      sender: { number: first },
      receivers: [{ number: '+14155550199', name: 'Acme Legal' }],
      senderType: 'client',
    },
  );
  if (sent.receivers[0]?.status !== 'success') throw new Error(`fax seed: the demo fax was not sent (${sent.receivers[0]?.status})`);
  const received = await receiveInboundFax(db, accountId, ids, { from: '+12125550143', to: second, pages: 3, at: now - HOUR });
  if (!received.ok) throw new Error(`fax seed: the demo inbound fax was refused (${received.refusal})`);
}
