// Zoom-like identifiers: 22 url-safe characters. Random by default; a seed makes
// the sequence reproducible for tests and demos.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export interface IdGenerator {
  next(): string;
}

function encode(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < 22; i++) out += ALPHABET[bytes[i] & 63];
  return out;
}

export class RandomIds implements IdGenerator {
  next(): string {
    return encode(randomBytes(22));
  }
}

export class SeededIds implements IdGenerator {
  private n = 0;
  constructor(private readonly seed: string) {}
  next(): string {
    const digest = createHash('sha256').update(`${this.seed}:${this.n++}`).digest();
    return encode(digest);
  }
}

/** Opaque secrets (tokens, client secrets): 32 random bytes, base64url. */
export const secret = (): string => randomBytes(32).toString('base64url');

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
