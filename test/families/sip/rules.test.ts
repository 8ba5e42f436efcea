// The SIP pages' rules as plain functions, value by value, at the edges the
// whole-request tests cannot reach (the contract's schema refuses some values
// before a handler sees them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSubAccountDnis, normalizeInternalNumbers, sourceSystem, splitSipPhoneEmail, trunkType } from '../../../src/families/sip/rules.ts';
import type { ZoomError } from '../../../src/errors.ts';

/** The message a rule refuses with, or undefined when it takes the value. */
function refusal(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    return (e as ZoomError).message;
  }
}

test('stored trunk types and source systems are the pages’ words', () => {
  for (const t of ['BYOC', 'BYOP']) assert.equal(trunkType(t), t);
  assert.equal(trunkType('PSTN'), undefined);
  assert.equal(trunkType(null), undefined);
  for (const s of ['ZOOM_PHONE', 'ZOOM_CONTACT_CENTER', 'COMMON']) assert.equal(sourceSystem(s), s);
  assert.equal(sourceSystem('ZOOM_MEETINGS'), undefined);
});

test('a sub account’s DNIS: digits, the five-digit prefix and at most 8 digits', () => {
  const check = (dnis: string | undefined) => refusal(() => checkSubAccountDnis('dnis', dnis, '17777123'));
  assert.equal(check('177771'), undefined);
  assert.equal(check('17777123'), undefined);
  assert.match(check('177771234')!, /8 digits at most/);
  assert.match(check('17777')!, /8 digits at most/);
  assert.match(check('x17777')!, /digits only/);
  assert.match(check('1777x1')!, /digits only/);
  assert.match(check('18888123')!, /must match the SIP trunk's DNIS prefix 17777/);
  assert.match(check(undefined)!, /is required/);
});

test('internal numbers: E.164 from its first character, each once, a country code, labels and a display number that say something', () => {
  const one = { number: '+14085550100', display_number: '408-555-0100', labels: 'Front', country: 'us', type: 1, languages: 'en-US' };
  const [normalized] = normalizeInternalNumbers([one as never]);
  assert.deepEqual(normalized, { ...one, country: 'US', visible: false, allow_join: false, allow_for_external_meetings: false });
  assert.equal(normalizeInternalNumbers([{ ...one, visible: true } as never])[0].allow_join, true, 'a visible number can always be used to join');
  const bad = (n: Record<string, unknown>) => refusal(() => normalizeInternalNumbers([{ ...one, ...n } as never]));
  assert.match(bad({ number: 'x+14085550100' })!, /E\.164|e164/i);
  assert.match(bad({ number: '+14085550100x' })!, /E\.164|e164/i);
  assert.match(bad({ display_number: '   ' })!, /display_number must not be empty/);
  assert.match(bad({ labels: ' ' })!, /labels must not be empty/);
  assert.match(bad({ country: 'USA' })!, /two letter country code/);
  assert.match(refusal(() => normalizeInternalNumbers([one as never, one as never]))!, /appears more than once/);
  assert.match(refusal(() => normalizeInternalNumbers([]))!, /.+/);
});

test('a SIP phone’s e-mail: case and spaces do not matter; a platform suffix counts only after the address', () => {
  assert.deepEqual(splitSipPhoneEmail('  Ada@Example.COM.Mac '), { email: 'ada@example.com', platform: 'mac' });
  assert.deepEqual(splitSipPhoneEmail('ada@example.com'), { email: 'ada@example.com', platform: '' });
  // ".pc" ends the address itself here: no '@' before it, so it is no platform.
  assert.deepEqual(splitSipPhoneEmail('ada.pc'), { email: 'ada.pc', platform: '' });
  assert.deepEqual(splitSipPhoneEmail('ada@host.win'), { email: 'ada@host', platform: 'win' });
});
