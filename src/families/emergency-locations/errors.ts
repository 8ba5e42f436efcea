// The words of the emergency-locations family's refusals. The pages' 400/300 rows join
// many answers in one message (batchAddEmergencyServiceLocations' "Validation Failed.
// Location does not exist: {0}. Too many concurrent requests. …", addAnEmergencyServiceLocation's
// "Validation failed. A site ID is required. Parent location does not exist. …"), and
// update and delete document 400/300 without words: the server answers the row's status
// and code with the one sentence that applies. A sentence an operation's row lacks is
// declared below (listed in docs/undocumented-errors.md) with the page whose words it takes.
import { ZoomError } from '../../errors.ts';
import { undocumented, worded } from '../../kit/errors.ts';
import { MAX_BATCH, MAX_BSSIDS, MAX_LEVELS, MAX_LOCATIONS, MAX_SWITCHES, MAX_TEXT } from './rules.ts';

export { worded };

/** Each refusal of a location's input, in the words of the row that has it. */
export const WORDS = {
  locationMissing: (id: string) => `Location does not exist: ${id}.`,
  siteRequired: 'A site ID is required.',
  siteMissing: (id: string) => `Site does not exist: ${id}.`,
  parentMissing: 'Parent location does not exist.',
  parentOfOtherSite: 'There is an error with the parent location of the sub location.',
  parentIsSelf: 'The parent_identifier can not be the value of the identifier of the same location.',
  identifierUnmatched: 'Identifier can not be matched.',
  identifierRequired: 'Identifier is required.',
  identifierTaken: 'This location identifier already exists.',
  identifierTwice: 'You cannot have duplicate identifiers.',
  addressRequired: 'An emergency address is required.',
  addressMissing: (id: string) => `Emergency address does not exist: ${id}.`,
  addressPersonal: 'A personal emergency address cannot be the address of a location.',
  addressLine1: 'Emergency address Line 1 is required.',
  addressCountry: 'Emergency address country is required.',
  addressCountryUnknown: (country: string) => `Emergency address country is invalid: ${country}.`,
  addressState: (country: string) => `Emergency address state code is required in ${country}.`,
  addressZip: (country: string) => `Emergency address zip is required in ${country}.`,
  addressVat: (country: string) => `Emergency address VAT is required in ${country}.`,
  nameRequired: 'A location name is required.',
  batchNameRequired: 'Location name is required.',
  nameTaken: 'This location display_name already exists.',
  nameTwice: 'You cannot have duplicate location names.',
  publicIpRequired: 'A public IP is required.',
  batchPublicIpRequired: 'Public IP is required.',
  privateIpRequired: 'A private IP is required when minimum_match_criteria is true.',
  levels: `You can only access up to "${MAX_LEVELS}" level.`,
  batchLevels: `You can only access up to ${MAX_LEVELS} level.`,
  locations: `You can only access up to ${MAX_LOCATIONS} locations.`,
  batchSize: `Locations size must be less than ${MAX_BATCH}.`,
  maximumOf: (what: string, n: number) => `The maximum number of "${what}" is ${n}.`,
  switches: `Network switches size must be less than ${MAX_SWITCHES}.`,
  bssids: `Number bssid per location limited to less than ${MAX_BSSIDS}.`,
  ipFormat: 'IP format error.',
  bssidFormat: 'BSSID format error.',
  switchDuplicate: 'Duplicate Switch Info found.',
  switchMac: 'Switch MAC address is required.',
  macFormat: 'Mac Address format invalid.',
  switchPort: 'A port label cannot be given with a port prefix and range.',
  switchPrefix: 'The port prefix cannot end with a digit.',
  switchRange: 'port_range_from and port_range_to must be non-negative integers, port_range_from at most port_range_to.',
  tooLong: `The field can not exceed ${MAX_TEXT} characters.`,
  elinFormat: 'Phone number format invalid.',
  elinMissing: 'Phone number does not exist.',
  elinTaken: 'A phone number can not be bound to multiple locations at the same time.',
  sipGroupMissing: 'SIP group does not exist.',
  hasSubLocations: (id: string) => `Location ${id} has sub locations; delete them first.`,
};

export type ProblemKey = keyof typeof WORDS;

/** A refusal found while checking a location's input: which rule, its sentence, the field it names and the value it is about. */
export class LocationProblem {
  constructor(
    readonly key: ProblemKey,
    readonly message: string,
    readonly field?: string,
    readonly value = '',
  ) {}
}

/** The refusal `key`, its sentence filled with `args` (the first is the value a declared choice names). */
export function problem(key: ProblemKey, field?: string, ...args: (string | number)[]): LocationProblem {
  const words = WORDS[key] as string | ((...a: (string | number)[]) => string);
  return new LocationProblem(key, typeof words === 'function' ? words(...args) : words, field, args[0] === undefined ? '' : String(args[0]));
}

const ADD_ROW =
  "addAnEmergencyServiceLocation's 400/300 row ('Validation failed. A site ID is required. Parent location does not exist. … IP format error. Duplicate Switch Info found.') lists no sentence for this; ";

/** Sentences the add page's row does not have, each with the page whose words it takes. */
const addChoices = new Map<ProblemKey, (values?: Record<string, string | number>) => ZoomError>(
  (
    [
      ['siteMissing', 'Site does not exist: {0}.', 'a site_id the account does not have is answered with the row\'s status and code, in the words of the site pages ("Site does not exist").'],
      ['parentOfOtherSite', WORDS.parentOfOtherSite, "a parent location on another site than site_id is answered in batchAddEmergencyServiceLocations' words for it."],
      ['addressMissing', 'Emergency address does not exist: {0}.', 'an emergency_address_id the account does not have is answered in the emergency address pages\' words ("Emergency address does not exist {emergencyAddressId}.").'],
      ['addressPersonal', WORDS.addressPersonal, "a user's personal address (level 1) belongs to the user, not to a company location: the sandbox refuses it."],
      ['nameTaken', WORDS.nameTaken, "a name a sibling location already has is answered in batchAddEmergencyServiceLocations' words for it."],
      ['privateIpRequired', WORDS.privateIpRequired, "'This field is required if minimum_match_criteria is true.' (private_ip): refused when left out."],
      ['bssidFormat', WORDS.bssidFormat, "a BSSID that is not a MAC address is answered in batchAddEmergencyServiceLocations' words for it."],
      ['elinFormat', WORDS.elinFormat, "'This value must be a phone number ID or phone number in E.164 format': a value starting with + that is not E.164 is answered in the batch page's words."],
      ['elinMissing', WORDS.elinMissing, "an ELIN the account has no number of is answered in batchAddEmergencyServiceLocations' words for it."],
      ['elinTaken', WORDS.elinTaken, "an ELIN another location has is answered in batchAddEmergencyServiceLocations' words for it."],
      ['sipGroupMissing', WORDS.sipGroupMissing, "a sip_group_id the account does not have is answered in batchAddEmergencyServiceLocations' words for it."],
      ['tooLong', WORDS.tooLong, "a name past the sandbox's bound is answered in batchAddEmergencyServiceLocations' words for it."],
    ] as const
  ).map(([key, message, why]) => [key, undocumented({ status: 400, code: 300, message, why: ADD_ROW + why })]),
);

/** The batch page's row has every sentence but these. */
const batchChoices = new Map<ProblemKey, (values?: Record<string, string | number>) => ZoomError>([
  [
    'siteRequired',
    undocumented({
      status: 400,
      code: 300,
      message: 'A site ID is required.',
      why: "batchAddEmergencyServiceLocations' 400/300 row has no sentence for a batch without site_id in an account with several sites; answered with the row's status and code in addAnEmergencyServiceLocation's words for it.",
    }),
  ],
  [
    'siteMissing',
    undocumented({
      status: 400,
      code: 300,
      message: 'Site does not exist: {0}.',
      why: "batchAddEmergencyServiceLocations' 400/300 row lists no sentence for a site_id the account does not have; answered with the row's status and code in the site pages' words.",
    }),
  ],
  [
    'addressCountryUnknown',
    undocumented({
      status: 400,
      code: 300,
      message: 'Emergency address country is invalid: {0}.',
      why: "batchAddEmergencyServiceLocations' 400/300 row requires a country ('Emergency address country is required.') but has no sentence for one that is not an ISO 3166 code; answered with the row's status and code.",
    }),
  ],
  [
    'privateIpRequired',
    undocumented({
      status: 400,
      code: 300,
      message: WORDS.privateIpRequired,
      why: "private_ip: 'This field is required if minimum_match_criteria is true.'; the batch page's row has no sentence for it.",
    }),
  ],
  [
    'switchPort',
    undocumented({
      status: 400,
      code: 300,
      message: WORDS.switchPort,
      why: "port: 'You cannot pass this parameter with the port_prefix and port_range parameter.'; the batch page's row has no sentence for it.",
    }),
  ],
  [
    'switchPrefix',
    undocumented({ status: 400, code: 300, message: WORDS.switchPrefix, why: "port_prefix: 'The prefix value cannot end with a digit.'; the batch page's row has no sentence for it." }),
  ],
  [
    'switchRange',
    undocumented({
      status: 400,
      code: 300,
      message: WORDS.switchRange,
      why: "port_range_from / port_range_to: 'a non-negative integer value', from 'must be less than or equal to' to; the batch page's row has no sentence for it.",
    }),
  ],
]);

/** The sentences of the add page's row: answered as that documented row. */
const ADD_ROW_KEYS = new Set<ProblemKey>(['siteRequired', 'parentMissing', 'addressRequired', 'nameRequired', 'publicIpRequired', 'levels', 'locations', 'maximumOf', 'ipFormat', 'switchDuplicate']);

/**
 * The refusal as an operation answers it: the documented row's status and code with
 * the sentence, when the row has the sentence (update's row has no words: any); else
 * the choice declared for it above.
 */
export function refusal(row: ZoomError, p: LocationProblem, op: 'add' | 'batch' | 'update'): ZoomError {
  const choice = op === 'add' && !ADD_ROW_KEYS.has(p.key) ? addChoices.get(p.key) : op === 'batch' ? batchChoices.get(p.key) : undefined;
  if (choice) return withField(choice({ 0: p.value }), p.field);
  return worded(row, p.message, p.field);
}

const withField = (e: ZoomError, field: string | undefined): ZoomError => (field ? new ZoomError(e.status, e.code, e.message, [{ field, message: e.message }]) : e);
