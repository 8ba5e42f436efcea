// spec/phone-events.json: a JSON schema per phone.* webhook event, generated from
// the payload types Zoom's SDK (@zoom/rivet, pinned) declares in phone/phone.d.ts.
// The tests validate every event the server sends against them; the server uses
// the list of names to refuse a subscription to an event Zoom does not have.
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ENTRY = fileURLToPath(new URL('./phone-events.entry.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

export function renderPhoneEventSchemas(): string {
  const generator = createGenerator({ path: ENTRY, tsconfig: TSCONFIG, type: 'ZoomPhoneEvent', skipTypeCheck: true, expose: 'none', topRef: false });
  const union = generator.createSchema('ZoomPhoneEvent') as { anyOf?: Record<string, any>[] };
  if (!union.anyOf?.length) throw new Error('phone events: @zoom/rivet declares no PhoneEvents union');
  const byName: Record<string, object> = {};
  for (const schema of union.anyOf) {
    const name = schema.properties?.event?.const;
    if (typeof name !== 'string') throw new Error('phone events: an event type without a literal event name');
    byName[name] = { $schema: 'http://json-schema.org/draft-07/schema#', ...schema };
  }
  const sorted = Object.fromEntries(Object.entries(byName).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
