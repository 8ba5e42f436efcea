// The demo account's SMS: a few conversations made by the family's own send and
// receive, so every rule a message holds to held for them too. The first two demo
// users' numbers are carried by the active demo campaign (sms seed) and may send;
// the third's campaign is pending, so its number only receives.
import type { DemoGraph } from '../../kit/seed.ts';
import { numbersById } from '../numbers/public.ts';
import { receive, send } from './exchange.ts';

const HOUR = 60 * 60 * 1000;

export async function seedSmsMessages(graph: DemoGraph): Promise<void> {
  const { db, ids, accountId, now } = graph;
  const numbers = await numbersById(db, accountId, graph.numberIds.slice(0, 3));
  const [care, sales, front] = graph.numberIds.slice(0, 3).map((id) => numbers.get(id)!.number);
  const at = (hoursAgo: number) => ({ now: now - hoursAgo * HOUR, ids });
  const out = (from: string, to: string, text: string, hoursAgo: number) => send(db, accountId, { from, to: [to], text, attachments: [] }, at(hoursAgo));
  const inbound = (from: string, to: string, text: string, hoursAgo: number) => receive(db, accountId, { from, to, text, at: now - hoursAgo * HOUR }, at(hoursAgo));

  await out(care, '+14155550123', 'Hi, this is Switchboard Demo support: your ticket #4821 is resolved. Reply here if anything is still wrong.', 26);
  await inbound('+14155550123', care, 'All good now, thanks!', 25);
  await out(care, '+14155550123', 'Glad to hear it. Have a great day!', 24);

  await inbound('+12125550188', sales, 'Hi, can I get a quote for 20 desk phones?', 5);
  await out(sales, '+12125550188', 'Sure: I will send it over by email within the hour.', 4);

  await inbound('+16175550145', front, 'Is the office open on Sunday?', 1);
}
