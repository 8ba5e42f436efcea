// The setting-templates family's table: the account's setting templates, each of one
// type (user, group, …) and, where the account has several sites, of one site; the
// settings it gives what it is applied to, kept as the three documented parts.
import type { Generated } from 'kysely';
import { owns } from '../../kit/owner.ts';

export interface SettingTemplateTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  name: string;
  description: string | null;
  type: string;
  site_id: string | null;
  /** JSON: { policy?, profile?, user_settings? } as the template's PATCHes merged them. */
  settings: string;
  created_at: number;
}

export interface SettingTemplatesTables {
  setting_templates: SettingTemplateTable;
}

declare module '../../store/schema.ts' {
  interface Database extends SettingTemplatesTables {}
}

export const owner = owns('setting-templates', ['setting_templates']);
