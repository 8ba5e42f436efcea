// How a stored call reads in each of the dashboard's views. A device's IP addresses
// show only while the account's show_device_ip_for_call_log switch is on (`ips`).
import { isoSeconds } from '../../clock.ts';
import type { CallData, EndData } from './record.ts';
import type { CallRow } from './store.ts';
import { samples } from './qos.ts';
import { logDirection } from './rules.ts';

export const callData = (row: Pick<CallRow, 'data'>): CallData => JSON.parse(row.data) as CallData;

/** A device's addresses, when the account shows them. */
const deviceIps = (e: EndData, ips: boolean) => (ips && e.device ? { device_private_ip: e.device.device_private_ip, device_public_ip: e.device.device_public_ip } : {});

/** An end as the lists show it (no id, name or type: the lists' ends have none). */
function listEnd(e: EndData, ips: boolean) {
  return {
    codec: e.codec,
    ...deviceIps(e, ips),
    ...(e.device && {
      device_type: e.device.device_type,
      headset: e.device.headset,
      isp: e.device.isp,
      microphone: e.device.microphone,
    }),
    ...(e.extension_number && { extension_number: e.extension_number }),
    ...(e.phone_number && { phone_number: e.phone_number }),
    ...(e.site_id && { site_id: e.site_id }),
  };
}

function detailEnd(e: EndData, ips: boolean) {
  return {
    ...listEnd(e, ips),
    ...(e.display_name && { display_name: e.display_name }),
    ...(e.extension_type && { extension_type: e.extension_type }),
    ...(e.id && { id: e.id }),
  };
}

function item(row: CallRow, direction: string, ips: boolean) {
  const d = callData(row);
  return {
    call_id: row.call_id,
    callee: listEnd(d.callee, ips),
    caller: listEnd(d.caller, ips),
    date_time: isoSeconds(row.start_at),
    direction,
    duration: Number(row.duration),
    ...(d.mos !== undefined && { mos: d.mos }),
  };
}

/** listCallLogs: direction in the page's two words. */
export const presentLogItem = (row: CallRow, ips: boolean) => item(row, logDirection(row.direction), ips);

/** listPastCallMetrics: inbound, outbound or internal. */
export const presentPastItem = (row: CallRow, ips: boolean) => ({ ...item(row, row.direction, ips), direction: row.direction as 'inbound' | 'outbound' | 'internal' });

export function presentDetails(row: CallRow, ips: boolean) {
  const d = callData(row);
  return {
    call_id: row.call_id,
    callee: detailEnd(d.callee, ips),
    caller: detailEnd(d.caller, ips),
    date_time: isoSeconds(row.start_at),
    direction: logDirection(row.direction),
    duration: Number(row.duration),
    ...(d.mos !== undefined && { mos: d.mos }),
  };
}

function endQos(callId: string, end: 'caller' | 'callee', e: EndData, d: CallData, ips: boolean) {
  return {
    ...deviceIps(e, ips),
    receiving: samples(callId, end, 'receiving', d.spans, e.codec),
    sending: samples(callId, end, 'sending', d.spans, e.codec),
  };
}

/** getCallQoS: each end's samples, sending and receiving, over the time voice flowed (empty for a call that never connected). */
export function presentQos(row: CallRow, ips: boolean) {
  const d = callData(row);
  return {
    call_id: row.call_id,
    callee_qos: endQos(row.call_id, 'callee', d.callee, d, ips),
    caller_qos: endQos(row.call_id, 'caller', d.caller, d, ips),
  };
}
