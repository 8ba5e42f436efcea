// Checks an event the server sent against the schema generated from the type
// Zoom's SDK declares for it (spec/phone-events.json, made by `npm run spec`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';

const schemas: Record<string, object> = JSON.parse(readFileSync(new URL('../../spec/phone-events.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
const compiled = new Map<string, ValidateFunction>();

export const phoneEventNames = (): string[] => Object.keys(schemas);

/** Fails unless `event` is a phone.* event whose whole body matches its declared type (no field it does not declare). */
export function assertPhoneEvent(event: { event: string }): void {
  const name = event.event;
  const schema = schemas[name];
  assert.ok(schema, `${name} is not a phone event Zoom's SDK declares`);
  let validate = compiled.get(name);
  if (!validate) compiled.set(name, (validate = ajv.compile(schema)));
  if (!validate(event)) {
    assert.fail(`${name} does not match its declared type: ${ajv.errorsText(validate.errors, { dataVar: 'event' })}\n${JSON.stringify(event)}`);
  }
}
