// Table types for Kysely. Times are epoch milliseconds; JSON columns are text
// (the same on SQLite and PostgreSQL); booleans are 0/1 integers for the same reason.
// The platform's tables are declared here; each family adds its own to `Database`
// from its tables.ts (declaration merging), so this module imports no family.
import type { Generated } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

export interface AccountTable {
  id: string;
  parent_id: string | null;
  name: string;
  plan: string;
  created_at: number;
}

export interface AppTable {
  client_id: string;
  account_id: string;
  name: string;
  secret_hash: string;
  scopes: string; // JSON array
  created_at: number;
}

export interface TokenTable {
  token_hash: string;
  account_id: string;
  client_id: string;
  scopes: string; // space separated, as issued
  expires_at: number;
}

export interface RateCounterTable {
  account_id: string;
  bucket: string;
  window_start: number;
  count: number;
}

/** One write through the API, for the operation logs report. */
export interface OperationLogTable {
  seq: Generated<number>;
  account_id: string;
  at: number;
  operator: string;
  category_type: string;
  action: string;
  operation_detail: string;
}

interface PlatformTables {
  meta: MetaTable;
  accounts: AccountTable;
  apps: AppTable;
  tokens: TokenTable;
  rate_counters: RateCounterTable;
  operation_logs: OperationLogTable;
}

/** Every table: the platform's here, and each family's from its own tables.ts. */
 
export interface Database extends PlatformTables {}
