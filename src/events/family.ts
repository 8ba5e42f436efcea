// The webhooks as the families see them: a listener on every internal event some
// translator reads, which writes the Zoom events subscriptions want into the
// outbox, in the transaction that published it. Listed first among the families,
// so that a call's own events are written before those its recordings and
// voicemail raise while the other families take the call in.
import { defineFamily } from '../kit/family.ts';
import type { EventName, Listener, Listeners } from '../kit/events.ts';
import { owner } from './tables.ts';
import { webhookMigrations } from './migrations.ts';
import { translators } from './translators/index.ts';
import { emit } from './outbox.ts';
import type { TranslatorEntry } from './translate.ts';

function listeners(entries: TranslatorEntry[]): Listeners {
  const byEvent = new Map<EventName, TranslatorEntry[]>();
  for (const t of entries) byEvent.set(t.on, [...(byEvent.get(t.on) ?? []), t]);
  const out: Record<string, Listener<any>> = {};
  for (const [event, list] of byEvent) {
    out[event] = async (db, payload) => {
      for (const t of list) await emit(db, t as any, payload);
    };
  }
  return out as Listeners;
}

export default defineFamily({
  owner,
  handlers: {},
  migrations: webhookMigrations,
  listeners: listeners(translators),
});
