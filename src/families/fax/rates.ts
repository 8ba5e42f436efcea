// What a fax page costs, for the fax charges report. Zoom publishes no per-page
// rate in its API documents; the one number they show is the report's example
// (an international fax at "rate": "0.0406" USD a page), used here for every
// international page to a country the table does not name. The rest of the
// table is the sandbox's own choice, written down so a report is reproducible:
// Zoom bills fax "per_page" (the only charge_mode the page lists) in USD.
import { countryOf } from '../numbers/public.ts';

export const CURRENCY = 'USD';
export const CURRENCY_SIGN = '$';
export const CHARGE_MODE = 'per_page';

/** A page to a number of the sender's own country (the sandbox's choice). */
export const LOCAL_RATE = '0.0200';

/** The page's own example: an international fax at 0.0406 a page. */
export const INTERNATIONAL_RATE = '0.0406';

/** International pages by the receiver's country where the sandbox charges other than the example's rate (its choice). */
export const INTERNATIONAL_RATES: Readonly<Record<string, string>> = {
  US: '0.0300',
  CA: '0.0300',
  MX: '0.0500',
  GB: '0.0406',
  IE: '0.0406',
  DE: '0.0406',
  FR: '0.0406',
  AU: '0.0812',
  NZ: '0.0812',
  JP: '0.0812',
  IN: '0.0812',
  CN: '0.0812',
};

export interface Charge {
  faxType: 'local' | 'international';
  rate: string;
}

/** The fax's type and rate: local when both numbers are of one country, else the receiver country's international rate. */
export function chargeOf(senderNumber: string, receiverNumber: string): Charge {
  const from = countryOf(senderNumber);
  const to = countryOf(receiverNumber);
  if (from === to) return { faxType: 'local', rate: LOCAL_RATE };
  return { faxType: 'international', rate: INTERNATIONAL_RATES[to] ?? INTERNATIONAL_RATE };
}

/** rate × pages, in the currency's ten-thousandths and written without trailing zeros ("0.203" as the example). */
export function totalOf(rate: string, pages: number): string {
  const tenThousandths = Math.round(Number(rate) * 10000) * pages;
  const whole = Math.floor(tenThousandths / 10000);
  const frac = String(tenThousandths % 10000).padStart(4, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}
