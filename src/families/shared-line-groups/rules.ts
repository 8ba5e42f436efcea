// What a shared line group is: its words (statuses, languages, storage places),
// its limits, and the policy it shows (every documented setting, the group's own
// changes over the defaults).
import { extensionPolicy, fitToSchema, successSchema } from '../../kit/json-schema.ts';
import type { ResponseOf } from '../../kit/context.ts';
import { enumValue } from '../../kit/enums.ts';

type Details = ResponseOf<'getASharedLineGroup'>;
export type Status = NonNullable<Details['status']>;
export type AudioLanguage = NonNullable<Details['audio_prompt_language']>;
export type StorageLocation = NonNullable<Details['recording_storage_location']>;
export type AccessUserType = NonNullable<NonNullable<Details['policy']>['voicemail_access_members']>[number]['access_user_type'] & string;

export const status = enumValue<Status>({ active: true, inactive: true });
export const language = enumValue<AudioLanguage>({
  'en-US': true, 'en-GB': true, 'es-US': true, 'fr-CA': true, 'da-DK': true, 'de-DE': true, 'es-ES': true, 'fr-FR': true,
  'it-IT': true, 'nl-NL': true, 'pt-PT': true, ja: true, 'ko-KR': true, 'pt-BR': true, 'zh-CN': true,
});
export const storageLocation = enumValue<StorageLocation>({ US: true, AU: true, CA: true, DE: true, IN: true, JP: true, SG: true, BR: true, CN: true, MX: true });
export const accessUserType = enumValue<AccessUserType>({ user: true, commonArea: true });

/** A new group is active (the list's and the details' example show "active"; no page gives another). */
export const DEFAULT_STATUS: Status = 'active';

/** "You can add a maximum of 10 members at once." */
export const MEMBERS_PER_REQUEST = 10;

/** The policy subsetting the pages document ("For example, you can use this API to set up shared access members"). */
export const VOICEMAIL_ACCESS = 'voicemail_access_members';

/** The numbers family's word for a number held by a shared line group. */
export const ASSIGNEE_TYPE = 'SharedLineGroup';

/** A number's status in the list: a Pending number is "pending", any other "available" (as the Phone number list shows it). */
export const numberStatus = (stored: string): 'pending' | 'available' => (stored === 'Pending' ? 'pending' : 'available');

// ---- policy -----------------------------------------------------------------

export type Json = Record<string, unknown>;

const policySchema = () => successSchema('getASharedLineGroupPolicy');

/** The settings a group's policy documents, by name. */
export const policySettings = (): string[] => Object.keys(policySchema().properties!);

/**
 * A group's policy as getASharedLineGroupPolicy shows it: every documented setting
 * at its default (the site's policy has none of these settings to inherit), the
 * group's own changes over it, marked `modified` (kit/json-schema.ts).
 */
export const groupPolicy = (changes: Json | undefined): Json => fitToSchema(policySchema(), extensionPolicy(policySchema(), undefined, changes)) as Json;
