// What the call charges report keeps of a call that ended ('calls.completed'):
// a row for the call as placed (its first leg: free inside the account and into
// a local number, billed out to the public network or into a toll-free number),
// and a row for each later leg that took the call out to the public network (a
// forward, an overflow or a transfer to an outside number), billed to the
// extension that sent it there. Each row names the call log of the party billed
// (call-logs gives the log ids with the event).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { partyFacts, type CallLeg, type CallParty, type CompletedCall, type SimulatedCall } from '../call-logs/public.ts';
import { amount, billedMinutes, countryOf, CURRENCY, outboundRate, tollFreeRate } from '../call-logs/public.ts';

/** A row of the report as it reads (the contract's call_charges item). */
export interface ChargeData {
  billing_number?: string;
  /** The call log of the party billed (the callee's, for a call from outside): getCallLogDetails takes it. */
  call_log_id?: string;
  call_type: 'voip' | 'local' | 'tollfree' | 'international';
  callee_billing_number?: string;
  callee_number: string;
  caller_billing_number?: string;
  caller_number: string;
  calling_party_name: string;
  charge_mode: 'per_min';
  cost_center?: string;
  currency: string;
  department?: string;
  duration: number;
  end_time: number;
  forward_number_billing?: string;
  rate: string;
  service_type: 'call';
  total_charge: string;
}

export interface ChargeRow {
  call_id: string;
  leg_id: string;
  start_at: number;
  end_at: number;
  charged: number;
  billing_account_id: string | null;
  data: string;
}

const outside = (p: CallParty) => !p.extensionId && Boolean(p.phoneNumber);
/** How a party is named in the report: its extension number inside the account, else its phone number. */
const shown = (p: CallParty) => p.extensionNumber ?? p.phoneNumber ?? '';
const digits = (e164: string) => e164.replace(/^\+/, '');
/** "2100000980 Ext. 1001": the number billed, and the extension behind it. */
const billingNumber = (p: CallParty) =>
  p.phoneNumber ? `${digits(p.phoneNumber)}${p.extensionNumber ? ` Ext. ${p.extensionNumber}` : ''}` : p.extensionNumber && `Ext. ${p.extensionNumber}`;

/** The call log call-logs gave an extension party of the call (none for a party outside the account). */
const logIdOf = (call: CompletedCall, p: CallParty): string | undefined => (p.extensionId ? call.logIds?.[p.extensionId] : undefined);

/** The rate and type of a leg: what it is billed at, from the side of the party billed. */
function priced(call: SimulatedCall, leg: CallLeg, billed: CallParty, first: boolean): { type: ChargeData['call_type']; rate: number } {
  // An emergency call is free; its short code (911) names no country to price it in.
  if (call.emergency && leg.callee.phoneNumber === call.emergency.number) return { type: 'local', rate: 0 };
  if (outside(leg.callee)) {
    const to = countryOf(leg.callee.phoneNumber);
    // The number the party calls from says where it is; an extension without one is taken as the account's (US).
    const from = countryOf(billed.phoneNumber) ?? 'US';
    return { type: to && to !== from && !(from === 'US' && to === 'CA') ? 'international' : 'local', rate: outboundRate(to) };
  }
  if (first && call.callee.numberType === 'zoom_toll_free_number') return { type: 'tollfree', rate: tollFreeRate(countryOf(call.callee.phoneNumber)) };
  return { type: call.connectType === 'internal' ? 'voip' : 'local', rate: 0 };
}

/** The report's rows of a call: the call as placed, and each leg out to the public network after it. */
export async function buildCharges(db: Kysely<Database>, call: CompletedCall): Promise<ChargeRow[]> {
  const legs = [...call.legs].sort((a, b) => a.segment - b.segment || a.node - b.node);
  if (!legs.length) return [];
  const billedLegs = [{ leg: legs[0]!, first: true }, ...legs.slice(1).filter((l) => outside(l.callee)).map((leg) => ({ leg, first: false }))];
  const rows: ChargeRow[] = [];
  for (const { leg, first } of billedLegs) {
    // A forward out is billed to the extension that forwarded it; the call as placed to its caller.
    const billed = first ? call.caller : (leg.operator ?? leg.caller);
    const forwarder = first ? undefined : billed;
    const { type, rate } = priced(call, leg, billed, first);
    const connectedMs = leg.answerAt !== undefined ? leg.endAt - leg.answerAt : 0;
    const minutes = billedMinutes(connectedMs);
    const total = Math.round(rate * minutes * 10_000) / 10_000;
    const facts = billed.userId ? await partyFacts(db, call.accountId, billed) : undefined;
    const logId = logIdOf(call, billed) ?? logIdOf(call, leg.callee);
    const data: ChargeData = {
      ...(billingNumber(billed) && { billing_number: billingNumber(billed) }),
      ...(logId && { call_log_id: logId }),
      call_type: type,
      ...(leg.callee.phoneNumber && { callee_billing_number: leg.callee.phoneNumber }),
      callee_number: shown(leg.callee),
      ...(billed.phoneNumber && { caller_billing_number: billed.phoneNumber }),
      caller_number: shown(billed),
      calling_party_name: billed.name,
      charge_mode: 'per_min',
      ...(facts?.costCenter && { cost_center: facts.costCenter }),
      currency: CURRENCY,
      ...(facts?.department && { department: facts.department }),
      duration: minutes,
      end_time: leg.endAt,
      ...(forwarder?.phoneNumber && { forward_number_billing: digits(forwarder.phoneNumber) }),
      rate: amount(rate),
      service_type: 'call',
      total_charge: amount(total),
    };
    rows.push({
      call_id: call.callId,
      leg_id: leg.id,
      start_at: leg.startAt,
      end_at: leg.endAt,
      charged: total > 0 ? 1 : 0,
      billing_account_id: null,
      data: JSON.stringify(data),
    });
  }
  return rows;
}
