// PIN codes of desk phones and voicemail (common areas, setting templates): the rules
// their pages give, as one function of values. The pages name the bounds of a PIN's
// length without their values; the sandbox takes Zoom's usual voicemail PIN bounds.
export const PIN_MIN = 6;
export const PIN_MAX = 10;

export type PinProblem = 'notDigits' | 'length' | 'extension' | 'repeated' | 'sequence';

/** What a PIN breaks of the pages' rules, the first found, or undefined. */
export function pinProblem(pin: string, extensionNumbers: number[] = []): PinProblem | undefined {
  if (!/^\d+$/.test(pin)) return 'notDigits';
  if (pin.length < PIN_MIN || pin.length > PIN_MAX) return 'length';
  if (extensionNumbers.some((n) => String(n) === pin)) return 'extension';
  // "must not contain a group of repeated digits": one digit throughout (111111).
  if (/^(\d)\1+$/.test(pin)) return 'repeated';
  // "an ascending or descending group of digits": each digit one more (123456) or one less (987654) than the last.
  const steps = [...pin].slice(1).map((d, i) => Number(d) - Number(pin[i]));
  if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) return 'sequence';
  return undefined;
}
