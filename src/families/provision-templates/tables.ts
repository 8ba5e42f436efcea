// The provision-templates family's tables: the account's provision templates,
// the configuration text (content) Zoom provisions to the desk phones a template
// is assigned to. Which devices use a template is kept by the devices family
// once it exists (public.ts lets it find a template by id).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface ProvisionTemplateTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The display name, trimmed; one per account (the unique index decides). */
  name: string;
  description: string | null;
  /** The template's configuration text, as given: `key = value` lines. */
  content: string | null;
  created_at: number;
  updated_at: number;
}

export interface ProvisionTemplatesTables {
  provision_templates: ProvisionTemplateTable;
}

declare module '../../store/schema.ts' {
  interface Database extends ProvisionTemplatesTables {}
}

export const owner = owns('provision-templates', ['provision_templates']);
