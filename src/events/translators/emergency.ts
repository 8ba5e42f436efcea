// phone.emergency_alert: an emergency call an extension of the account placed
// (the simulator's emergency numbers, src/sim/directory.ts) and that reached
// emergency services, made from 'calls.completed'. One event a call, as it starts
// to ring at the PSAP: the caller (a user, or a common area's phone), the number
// dialled, the caller's emergency address (its own default personal address, else
// its site's). The sandbox routes every emergency call through Zoom to the PSAP
// (router ZOOM, deliver_to PSAP: no safety team, SIP group or carrier of its own);
// the device reports no location (GPS, IP, BSSID), so its lists are empty.
// A call the caller's allow_emergency_calls policy refused reached nobody: no event.
import { isoSeconds } from '../../clock.ts';
import type { CompletedCall } from '../../families/call-logs/public.ts';
import { translator, type TranslatorEntry } from '../translate.ts';
import { draft, type ZoomEventDraft } from '../zoom-events.ts';

/** The event's caller extension types: a user's phone, a common area's. */
const CALLER_TYPE = { user: 'user', common_area: 'commonAreaPhone' } as const;

export function emergencyAlerts(calls: CompletedCall[]): ZoomEventDraft[] {
  const out: ZoomEventDraft[] = [];
  for (const call of calls) {
    const e = call.emergency;
    if (!e?.delivered) continue;
    const c = call.caller;
    const type = c.extensionType === 'user' || c.extensionType === 'common_area' ? CALLER_TYPE[c.extensionType] : undefined;
    const id = c.extensionType === 'user' ? c.userId : c.ownerId;
    if (!type || !id) continue;
    // The PSAP's leg: it starts ringing there.
    const leg = call.legs.find((l) => l.callee.phoneNumber === e.number && !l.callee.extensionId) ?? call.legs[0]!;
    out.push(
      draft('phone.emergency_alert', leg.startAt, {
        call_id: call.callId,
        caller: {
          id,
          extension_type: type,
          ...(c.extensionNumber && { extension_number: c.extensionNumber }),
          ...(c.phoneNumber && { phone_number: c.phoneNumber }),
          display_name: c.name,
          ...(c.siteId && { site_id: c.siteId }),
          ...(c.siteName && { site_name: c.siteName }),
        },
        callee: { phone_number: e.number },
        location: { gps: [], ip: [], bssid: [] },
        router: 'ZOOM',
        deliver_to: 'PSAP',
        ringing_start_time: isoSeconds(leg.startAt),
        ...(e.address && {
          emergency_address: {
            country: e.address.country,
            address_line1: e.address.address_line1,
            ...(e.address.address_line2 && { address_line2: e.address.address_line2 }),
            city: e.address.city,
            zip: e.address.zip,
            state_code: e.address.state_code,
          },
        }),
      }),
    );
  }
  return out;
}

export const emergencyTranslators: TranslatorEntry[] = [
  translator('calls.completed', {
    makes: ['phone.emergency_alert'],
    translate: (e) => emergencyAlerts(e.calls),
  }),
];
