// Sync tokens (the sync operations' `sync_token`): not page tokens. A token marks
// two places in what a client has already: the newest record it holds (`hi`,
// where an incremental ISync resumes) and the oldest (`lo`, where a backward BSync
// resumes), for one session's messages or one user's sessions. Records are
// ordered by the seq of the message that made them, which only grows. The token
// carries a check sum, so an altered one is refused; it does not expire (a
// client may resume after any time; a record is never removed).
import { sha256 } from '../../ids.ts';

export interface SyncMark {
  /** s: a session's messages; u: a user's sessions */
  k: 's' | 'u';
  /** the session or user */
  id: string;
  /** the session_type filter the token was made under (user sessions) */
  t?: string;
  hi: number;
  lo: number;
}

const SALT = 'switchboard sms-messages sync v1';
const sum = (text: string) => sha256(`${SALT}|${text}`).slice(0, 16);

export function encodeSync(mark: SyncMark): string {
  const text = Buffer.from(JSON.stringify(mark)).toString('base64url');
  return `${text}.${sum(text)}`;
}

/** The marks of a token, or undefined when it is not one this server made. */
export function decodeSync(token: string): SyncMark | undefined {
  const [text, check, extra] = token.split('.');
  if (!text || !check || extra !== undefined || sum(text) !== check) return undefined;
  try {
    const m = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as SyncMark;
    if ((m.k !== 's' && m.k !== 'u') || typeof m.id !== 'string' || !Number.isInteger(m.hi) || !Number.isInteger(m.lo)) return undefined;
    return m;
  } catch {
    return undefined;
  }
}
