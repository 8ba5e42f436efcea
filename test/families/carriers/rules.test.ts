// The carriers' vocabulary held against the pages' own sentences, value by value:
// the whole-request tests pin these only where a request happens to pass through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedNumberTypes,
  assignedStatusOf,
  badNumber,
  capabilityOf,
  CARRIER_SOURCE,
  derivedNumberType,
  effectiveVoice,
  numberData,
  numberStatus,
  pickVoice,
  portStatusOf,
  PORTED_SOURCE,
  productOf,
  type VoiceDirection,
  type VoiceMsgCapacity,
} from '../../../src/families/carriers/rules.ts';

test('stored words the pages know are shown as they are; others as the pages say an unknown one reads', () => {
  for (const p of ['UNALLOCATED', 'ZOOM_PHONE', 'ZOOM_CONTACT_CENTER']) assert.equal(productOf(p), p);
  assert.equal(productOf('ZOOM_MEETINGS'), 'UNALLOCATED');
  for (const a of ['assigned', 'unassigned', 'returned']) assert.equal(assignedStatusOf(a), a);
  assert.equal(assignedStatusOf(null), 'unassigned');
  assert.equal(assignedStatusOf('lost'), 'unassigned');
  for (const st of ['Not_Submitted', 'Waiting', 'Processing', 'Successfully', 'Rejected', 'Canceled', 'FOC']) assert.equal(portStatusOf(st), st);
  assert.equal(portStatusOf('Done'), undefined);
});

test('number types: "ZOOM_PHONE/UNALLOCATED … Toll/TollFree/Mobile; ZOOM_CONTACT_CENTER … VirtualService/TollFree/Mobile"', () => {
  assert.deepEqual(allowedNumberTypes('ZOOM_CONTACT_CENTER'), ['VirtualService', 'TollFree', 'Mobile']);
  assert.deepEqual(allowedNumberTypes('ZOOM_PHONE'), ['Toll', 'TollFree', 'Mobile']);
  assert.deepEqual(allowedNumberTypes('UNALLOCATED'), ['Toll', 'TollFree', 'Mobile']);
  // Calculated when the partner does not say: a contact-center toll number is a virtual service one.
  assert.equal(derivedNumberType('+14085550100', 'ZOOM_CONTACT_CENTER'), 'VirtualService');
  assert.equal(derivedNumberType('+14085550100', 'ZOOM_PHONE'), 'Toll');
  assert.equal(derivedNumberType('+18005550100', 'ZOOM_CONTACT_CENTER'), 'TollFree');
  assert.equal(derivedNumberType('+18005550100', 'ZOOM_PHONE'), 'TollFree');
});

test('outbound sharing needs "Multiple capacity setting and Outbound capability"; messaging is set on mobile numbers only', () => {
  const directions: VoiceDirection[] = ['INBOUND_AND_OUTBOUND', 'INBOUND_ONLY', 'OUTBOUND_ONLY', 'NOT_SUPPORTED'];
  const capacities: VoiceMsgCapacity[] = ['MULTI_USE', 'ZOOM_PHONE_USER_ONLY'];
  for (const voice_direction of directions) {
    for (const voice_msg_capacity of capacities) {
      const shareable = voice_msg_capacity === 'MULTI_USE' && (voice_direction === 'INBOUND_AND_OUTBOUND' || voice_direction === 'OUTBOUND_ONLY');
      const asked = { voice_direction, voice_msg_capacity, outbound_cli_share_not_supported: false, outbound_dialer_not_supported: false };
      assert.deepEqual(
        effectiveVoice(asked, 'Toll'),
        { voice_direction, voice_msg_capacity, message_capability: 'NOT_APPLICABLE', outbound_cli_share_not_supported: !shareable, outbound_dialer_not_supported: !shareable },
        `${voice_direction} ${voice_msg_capacity}`,
      );
    }
  }
  // Nothing asked: the defaults, which can share outbound.
  assert.deepEqual(effectiveVoice({}, 'Toll'), {
    voice_direction: 'INBOUND_AND_OUTBOUND',
    voice_msg_capacity: 'MULTI_USE',
    message_capability: 'NOT_APPLICABLE',
    outbound_cli_share_not_supported: false,
    outbound_dialer_not_supported: false,
  });
  // What the partner turned off stays off where it could be on.
  const off = effectiveVoice({ outbound_cli_share_not_supported: true, outbound_dialer_not_supported: true }, 'Toll');
  assert.deepEqual([off.outbound_cli_share_not_supported, off.outbound_dialer_not_supported], [true, true]);
  assert.equal(effectiveVoice({ message_capability: 'SUPPORTED' }, 'Mobile').message_capability, 'SUPPORTED');
  assert.equal(effectiveVoice({}, 'Mobile').message_capability, 'NOT_APPLICABLE');
  assert.equal(effectiveVoice({ message_capability: 'SUPPORTED' }, 'TollFree').message_capability, 'NOT_APPLICABLE');
});

test('the customer sees Incoming, Outgoing and Messaging as the carrier set them', () => {
  assert.deepEqual(capabilityOf({}), ['Incoming', 'Outgoing']);
  assert.deepEqual(capabilityOf({ voice_direction: 'INBOUND_ONLY' }), ['Incoming']);
  assert.deepEqual(capabilityOf({ voice_direction: 'OUTBOUND_ONLY', message_capability: 'SUPPORTED' }), ['Outgoing', 'Messaging']);
  assert.deepEqual(capabilityOf({ voice_direction: 'NOT_SUPPORTED', message_capability: 'NOT_SUPPORTED' }), []);
  assert.deepEqual(capabilityOf({ voice_direction: 'INBOUND_AND_OUTBOUND', message_capability: 'NOT_APPLICABLE' }), ['Incoming', 'Outgoing']);
});

test('a carrier number: a third party’s, Pending until active, with its carrier and country; E.164 or refused', () => {
  assert.equal(CARRIER_SOURCE, 'ThirdPartyNumber');
  assert.equal(PORTED_SOURCE, 'ZoomPorted');
  assert.equal(numberStatus(true), 'Normal');
  assert.equal(numberStatus(false), 'Pending');
  assert.deepEqual(numberData('+14085550100', { code: 7, name: 'Acme' }, ['Incoming'], 'US'), {
    capability: ['Incoming'],
    display_name: '',
    carrier: { code: 7, name: 'Acme' },
    location: { country: 'US' },
  });
  assert.equal(badNumber('+14085550100'), undefined);
  for (const bad of ['14085550100', '+1', '+1408555010a', '']) assert.equal(badNumber(bad), 'Invalid number', bad);
});

test('only voice settings the pages know are kept from a request or a stored item', () => {
  assert.deepEqual(
    pickVoice({
      message_capability: 'SUPPORTED',
      voice_direction: 'OUTBOUND_ONLY',
      voice_msg_capacity: 'ZOOM_PHONE_USER_ONLY',
      outbound_cli_share_not_supported: false,
      outbound_dialer_not_supported: true,
      other: 1,
    }),
    { message_capability: 'SUPPORTED', voice_direction: 'OUTBOUND_ONLY', voice_msg_capacity: 'ZOOM_PHONE_USER_ONLY', outbound_cli_share_not_supported: false, outbound_dialer_not_supported: true },
  );
  assert.deepEqual(
    pickVoice({ message_capability: 'YES', voice_direction: 'BOTH', voice_msg_capacity: 'ONE', outbound_cli_share_not_supported: 'true', outbound_dialer_not_supported: 0 }),
    {},
  );
  for (const v of ['NOT_APPLICABLE', 'NOT_SUPPORTED']) assert.equal(pickVoice({ message_capability: v }).message_capability, v);
  for (const v of ['INBOUND_AND_OUTBOUND', 'INBOUND_ONLY', 'NOT_SUPPORTED']) assert.equal(pickVoice({ voice_direction: v }).voice_direction, v);
  assert.equal(pickVoice({ voice_msg_capacity: 'MULTI_USE' }).voice_msg_capacity, 'MULTI_USE');
});
