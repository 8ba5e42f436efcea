// What an external contact is held to, as plain functions of values: a name, at
// least a phone number or an extension number, phone numbers in E.164, an e-mail
// that is one, and a profile picture of a supported type, whose bytes are that
// type's, of at most 2 MB.
import { isE164 } from '../numbers/public.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

/** "Profile picture size must less than 2 MB." */
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;

/** The name as kept: trimmed. */
export const contactName = (given: string): string => given.trim();

/** The phone numbers as kept: trimmed, each once, in the order given. */
export const phoneList = (given: readonly string[]): string[] => [...new Set(given.map((n) => n.trim()))];

/** An extension number of the original phone system: digits, as an extension of the account is (1 to 15 of them). */
export const isExtensionNumber = (value: string): boolean => /^\d{1,15}$/.test(value);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What a contact as it would stand (after an add or an update) breaks, field by field, in the order of the page. */
export function contactProblems(c: { name: string; email: string | null; extension_number: string | null; phone_numbers: string[]; id?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!c.name) problems.push({ field: 'name', message: 'name must not be empty.' });
  if (c.email !== null && c.email !== '' && !EMAIL.test(c.email)) problems.push({ field: 'email', message: `${c.email} is not an email address.` });
  if (c.extension_number !== null && !isExtensionNumber(c.extension_number)) problems.push({ field: 'extension_number', message: `${c.extension_number} is not an extension number: digits only.` });
  if (c.id !== undefined && c.id !== null && !c.id.trim()) problems.push({ field: 'id', message: 'id must not be empty.' });
  c.phone_numbers.forEach((n, i) => {
    if (!isE164(n)) problems.push({ field: `phone_numbers[${i}]`, message: `${n} is not a phone number in E.164 format.` });
  });
  if (c.extension_number === null && c.phone_numbers.length === 0) {
    problems.push({ field: 'phone_numbers', message: 'If you do not provide an extension number, you must provide phone_numbers.' });
  }
  return problems;
}

export type PictureType = 'JPG' | 'JPEG' | 'PNG' | 'GIF';

/** Why a profile picture is refused: the page's four words for it. */
export type PictureProblem = 'type' | 'data' | 'size';

const MIME: Record<PictureType, string> = { JPG: 'image/jpeg', JPEG: 'image/jpeg', PNG: 'image/png', GIF: 'image/gif' };

/** Whether the bytes begin as a file of that type does (PNG's signature, JPEG's SOI marker, GIF87a / GIF89a). */
function bytesAre(type: PictureType, bytes: Buffer): boolean {
  switch (type) {
    case 'PNG':
      return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'JPG':
    case 'JPEG':
      return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case 'GIF': {
      const head = bytes.subarray(0, 6).toString('latin1');
      return head === 'GIF87a' || head === 'GIF89a';
    }
  }
}

/**
 * A profile picture as given: the base64 text must be base64 ("file data error"),
 * of at most 2 MB decoded ("size must less than 2 MB"), and a file of the type
 * named ("file type error", also for no type). Answers the picture to keep, or the problem.
 */
export function pictureOf(type: PictureType | undefined, base64: string): { type: PictureType; data: string } | PictureProblem {
  const text = base64.replace(/\s+/g, '');
  if (!text || text.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return 'data';
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) return 'data';
  if (bytes.length > MAX_PICTURE_BYTES) return 'size';
  if (!type || !bytesAre(type, bytes)) return 'type';
  return { type, data: bytes.toString('base64') };
}

/** Where a profile picture is fetched: the picture itself, as a data URL (the sandbox serves no file host). */
export const pictureUrl = (type: string, data: string): string => `data:${MIME[type as PictureType] ?? 'application/octet-stream'};base64,${data}`;
