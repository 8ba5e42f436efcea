// The sandbox's call rates, the one price list of every view that shows a charge
// (the call logs' charge and rate, the call charges report). Zoom's come from the account's calling plan and
// contract, which the documents do not give and the sandbox does not model, so
// these are the SANDBOX'S CHOICE: US dollars a started minute ("charge_mode"
// per_min), by the country of the number dialled for a call out to the public
// network, and by the country of the toll-free number for a call into one.
// Calls inside the account and calls into a local number cost nothing.
import { CALLING_CODES, callingCodeOf } from '../../kit/countries.ts';

export const CURRENCY = 'USD';

/** Per-minute rate of a call out to a number of that country (ISO 3166-1 alpha-2). */
export const OUTBOUND_RATES: Readonly<Record<string, number>> = {
  US: 0.01,
  CA: 0.01,
  PR: 0.015,
  MX: 0.04,
  GB: 0.03,
  IE: 0.035,
  FR: 0.035,
  DE: 0.035,
  NL: 0.035,
  ES: 0.035,
  IT: 0.035,
  AU: 0.045,
  NZ: 0.05,
  JP: 0.06,
  IN: 0.03,
  CN: 0.04,
  BR: 0.05,
};

/** Any other country. */
export const OUTBOUND_DEFAULT_RATE = 0.1;

/** Per-minute rate of a call into a toll-free number of the account, by the number's country. */
export const TOLL_FREE_RATES: Readonly<Record<string, number>> = { US: 0.0255, CA: 0.0255, GB: 0.06 };
export const TOLL_FREE_DEFAULT_RATE = 0.08;

/** The country of an E.164 number: +1 numbers are taken as US (North America shares the code). */
export function countryOf(e164: string | undefined): string | undefined {
  if (!e164) return undefined;
  const code = callingCodeOf(e164.replace(/^\+/, ''));
  if (!code) return undefined;
  if (code === '1') return 'US';
  return Object.entries(CALLING_CODES).find(([, c]) => c === code)?.[0];
}

export const outboundRate = (country: string | undefined): number =>
  country !== undefined && Object.hasOwn(OUTBOUND_RATES, country) ? OUTBOUND_RATES[country]! : OUTBOUND_DEFAULT_RATE;
export const tollFreeRate = (country: string | undefined): number =>
  country !== undefined && Object.hasOwn(TOLL_FREE_RATES, country) ? TOLL_FREE_RATES[country]! : TOLL_FREE_DEFAULT_RATE;

/** Minutes billed: every started minute of the time the leg was connected. */
export const billedMinutes = (connectedMs: number): number => (connectedMs > 0 ? Math.ceil(connectedMs / 60_000) : 0);

/** A rate or charge as the report writes it: four decimals ("0.0205"); nothing owed is "0", as the page's example. */
export const amount = (n: number): string => (n === 0 ? '0' : n.toFixed(4));
