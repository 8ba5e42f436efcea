// Zoom-like identifiers: 22 url-safe characters. Random by default; a seed makes
// the sequence reproducible for tests and demos.
import { createCipheriv, createHash, randomBytes, type Cipher } from 'node:crypto';

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

/**
 * The seed's ids: an AES-128-CTR keystream keyed by the seed's SHA-256, read 22
 * bytes an id. A stream of traffic draws millions; a hash per id cost a twentieth of it.
 */
export class SeededIds implements IdGenerator {
  private readonly stream: Cipher;
  private bytes = Buffer.alloc(0);
  private at = 0;
  constructor(seed: string) {
    const key = createHash('sha256').update(seed).digest();
    this.stream = createCipheriv('aes-128-ctr', key.subarray(0, 16), key.subarray(16, 32));
  }
  next(): string {
    if (this.at + 22 > this.bytes.length) {
      this.bytes = this.stream.update(Buffer.alloc(22 * 256));
      this.at = 0;
    }
    const id = encode(this.bytes.subarray(this.at, this.at + 22));
    this.at += 22;
    return id;
  }
}

/** Opaque secrets (tokens, client secrets): 32 random bytes, base64url. */
export const secret = (): string => randomBytes(32).toString('base64url');

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
