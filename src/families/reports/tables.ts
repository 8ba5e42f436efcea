// The reports family's tables: the call charges report's rows, one per leg of a
// call that the account is billed for or that the report lists at no charge
// (the call as placed, and each leg it was forwarded out to the public network
// on), written once from 'calls.completed'. The operation logs report reads the
// platform's `operation_logs`, which every write through the API leaves.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

export interface CallChargeTable {
  seq: Generated<number>;
  account_id: string;
  call_id: string;
  /** The leg the row bills: the simulator's leg id (a call element's id). */
  leg_id: string;
  start_at: number;
  end_at: number;
  /** 1: a charge above zero (show_charges_only). */
  charged: number;
  /** The billing account billed; the sandbox links none yet (see fidelity.ts). */
  billing_account_id: string | null;
  /** JSON: ChargeData (the row as the report shows it). */
  data: string;
}

export interface ReportsTables {
  call_charges: CallChargeTable;
}

declare module '../../store/schema.ts' {
  interface Database extends ReportsTables {}
}

export const owner = owns('reports', ['call_charges']);
