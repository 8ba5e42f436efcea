// The entry the event schemas are generated from (tools/spec/phone-events.ts):
// Zoom's SDK declares its phone.* webhook events, but exports them only by name.
import type { PhoneEvents } from '@zoom/rivet/phone';

export type ZoomPhoneEvent = PhoneEvents;
