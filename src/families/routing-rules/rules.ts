// The routing-rules family's invariants, as plain functions of values.

/** "… length can be up to 255 characters." (name, number pattern, translation). */
export const MAX_LENGTH = 255;

export type RuleType = 'other_sites' | 'pstn' | 'sip_group';

export const ruleType = (value: string): RuleType => value as RuleType;

/** Whether a pattern compiles: Perl-compatible number patterns are tested as JavaScript regular expressions. */
export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** The SIP group product a routing rule's group must serve: Zoom Phone's own or a common one. */
export const SIP_GROUP_PRODUCT = 'ZOOM_PHONE';
