// Page tokens for the one list helper (src/kit/list.ts). They are opaque,
// signed, bound to the query that made them and valid for 15 minutes; they carry
// the last row's sequence number, so page N costs one index seek like page 1.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ZoomError } from '../errors.ts';

export const PAGE_TOKEN_TTL_MS = 15 * 60 * 1000;
export const DEFAULT_PAGE_SIZE = 30;

export interface PageRequest {
  page_size?: number;
  next_page_token?: string;
}

interface TokenBody {
  /** last sequence number served */
  s: number;
  /** hash of the query the token belongs to */
  q: string;
  /** expiry, epoch ms */
  e: number;
}

export class Paginator {
  constructor(
    private readonly key: () => string,
    private readonly now: () => number,
  ) {}

  private sign(text: string): Buffer {
    return createHmac('sha256', this.key()).update(text).digest().subarray(0, 16);
  }

  private binding(filters: Record<string, unknown>): string {
    const canonical = JSON.stringify(Object.keys(filters).sort().map((k) => [k, filters[k] ?? null]));
    return this.sign(canonical).toString('base64url').slice(0, 12);
  }

  encode(lastSeq: number, filters: Record<string, unknown>): string {
    const body: TokenBody = { s: lastSeq, q: this.binding(filters), e: this.now() + PAGE_TOKEN_TTL_MS };
    const text = Buffer.from(JSON.stringify(body)).toString('base64url');
    return `${text}.${this.sign(text).toString('base64url')}`;
  }

  /** The sequence number to continue after; throws `invalid` for altered, foreign or expired tokens. */
  decode(token: string, filters: Record<string, unknown>, invalid: () => ZoomError): number {
    const [text, mac] = token.split('.');
    if (!text || !mac) throw invalid();
    const expected = this.sign(text);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let body: TokenBody;
    try {
      body = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (body.q !== this.binding(filters) || body.e < this.now() || !Number.isInteger(body.s)) throw invalid();
    return body.s;
  }
}
