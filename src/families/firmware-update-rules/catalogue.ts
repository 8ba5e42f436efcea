// The firmware the sandbox's desk phones can take: a small fixed catalogue of
// vendors, models and versions, the sandbox's own choice (Zoom's comes from its
// device vendors and is not in the pages). A version's status is the page's
// "1 — Available, 2 — Unavailable, 3 — Sunset"; a rule may name an available one only.
import type { ResponseOf } from '../../kit/context.ts';

type Listed = NonNullable<ResponseOf<'listUpdatableFirmwares'>['firmwares']>[number];
export type FirmwareVersion = Required<NonNullable<Listed['versions']>[number]>;
export interface Firmware {
  device_type: string;
  device_model: string;
  versions: FirmwareVersion[];
}

export const AVAILABLE = 1;
export const UNAVAILABLE = 2;
export const SUNSET = 3;

const STATUS_WORDS: Record<number, string> = { [AVAILABLE]: 'available', [UNAVAILABLE]: 'unavailable', [SUNSET]: 'sunset' };
export const statusWords = (status: number): string => STATUS_WORDS[status] ?? String(status);

export const CATALOGUE: readonly Firmware[] = [
  {
    device_type: 'AudioCodes',
    device_model: '445HD',
    versions: [
      { version: '3.4.4.1106', update_log: '1. Supports Zoom Phone provisioning over HTTPS', expire_time: '2025-06-30T00:00:00.000Z', status: SUNSET },
      { version: '3.4.5.18', update_log: '1. Supports call forwarding for Zoom Phone', expire_time: '2027-05-29T00:00:00.000Z', status: AVAILABLE },
      { version: '3.4.6.40', update_log: '1. Supports shared line appearance\n2. Fixes one-way audio after a hold', expire_time: '2028-03-31T00:00:00.000Z', status: AVAILABLE },
    ],
  },
  {
    device_type: 'Poly',
    device_model: 'VVX 450',
    versions: [
      { version: '5.9.7.3480', update_log: '1. Security fixes', expire_time: '2025-12-31T00:00:00.000Z', status: SUNSET },
      { version: '6.3.1.8427', update_log: '1. Supports Zoom Phone hot desking', expire_time: '2027-09-30T00:00:00.000Z', status: AVAILABLE },
      { version: '6.4.3.5814', update_log: '1. Supports visual voicemail\n2. Improves Wi-Fi roaming', expire_time: '2028-06-30T00:00:00.000Z', status: AVAILABLE },
    ],
  },
  {
    device_type: 'Yealink',
    device_model: 'T54W',
    versions: [
      { version: '96.85.0.5', update_log: '1. Supports Zoom Phone call park keys', expire_time: '2027-01-31T00:00:00.000Z', status: AVAILABLE },
      { version: '96.86.0.70', update_log: '1. Supports Bluetooth headsets on calls\n2. Fixes the missed call counter', expire_time: '2028-01-31T00:00:00.000Z', status: AVAILABLE },
      { version: '96.86.0.100', update_log: '1. Preview of the new home screen', expire_time: '2028-04-30T00:00:00.000Z', status: UNAVAILABLE },
    ],
  },
  {
    device_type: 'Yealink',
    device_model: 'T46U',
    versions: [
      { version: '108.85.0.5', update_log: '1. Supports Zoom Phone call park keys', expire_time: '2027-01-31T00:00:00.000Z', status: AVAILABLE },
      { version: '108.86.0.70', update_log: '1. Fixes the missed call counter', expire_time: '2028-01-31T00:00:00.000Z', status: AVAILABLE },
    ],
  },
  {
    device_type: 'Cisco',
    device_model: '8841',
    versions: [
      { version: 'sip88xx.12-8-1MPP', update_log: '1. Supports Zoom Phone provisioning', expire_time: '2025-09-30T00:00:00.000Z', status: SUNSET },
      { version: 'sip88xx.14-2-1MPP', update_log: '1. Supports TLS 1.3 for SIP\n2. Fixes the hold tone', expire_time: '2028-09-30T00:00:00.000Z', status: AVAILABLE },
    ],
  },
];

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The catalogue's model a request names (vendor and model in any case), or undefined. */
export function findModel(deviceType: string, deviceModel: string): Firmware | undefined {
  return CATALOGUE.find((f) => same(f.device_type, deviceType) && same(f.device_model, deviceModel));
}

/** The version of that model, or undefined when the model has none such (or is no model of the catalogue). */
export function findVersion(deviceType: string, deviceModel: string, version: string): { model: Firmware; version: FirmwareVersion } | undefined {
  const model = findModel(deviceType, deviceModel);
  const found = model?.versions.find((v) => v.version === version.trim());
  return model && found ? { model, version: found } : undefined;
}

/** The update log of a version a rule names ('' if the catalogue no longer has it). */
export const updateLogOf = (deviceType: string, deviceModel: string, version: string): string => findVersion(deviceType, deviceModel, version)?.version.update_log ?? '';
