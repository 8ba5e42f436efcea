// The sandbox's voice quality. No audio flows through the simulator, so the
// dashboard's figures are GENERATED: drawn from a hash of the call's id (and of
// the extension, for its device), so that the same call always shows the same
// QoS and the same phone the same device, on every read and every backend.
// They are plausible and coherent rather than measured: each call has a quality
// level, each sample of each end and direction varies a little around it, and
// loss, jitter and delay worsen as the MOS falls. The call's MOS in the lists is
// the mean of its samples', so a list and the call's QoS agree.
import { createHash } from 'node:crypto';
import { isoSeconds } from '../../clock.ts';

/** A MOS at or above this is good quality, below it poor ("A MOS greater than or equal to 3.5 means good quality"). */
export const GOOD_MOS = 3.5;

/** Numbers in [0, 1) drawn from a seed: the same seed, the same numbers. */
function draws(seed: string): (i: number) => number {
  const digest = createHash('sha256').update(seed).digest();
  return (i: number) => digest.readUInt32BE((i % 8) * 4) / 2 ** 32;
}

/** A span of the call during which voice flowed to and from one end (a leg once answered). */
export interface VoiceSpan {
  from: number;
  to: number;
}

export interface QosFigures {
  avg_loss: string;
  bitrate: string;
  jitter: string;
  max_loss: string;
  mos: string;
  network_delay: string;
}

export interface QosSample {
  date_time: string;
  qos: QosFigures;
}

/** One sample a minute of voice (the first as the voice starts), at most this many per end and direction. */
const SAMPLE_MS = 60_000;
export const MAX_SAMPLES = 120;

/** The moments a call's voice is sampled. */
export function sampleTimes(spans: VoiceSpan[]): number[] {
  const times: number[] = [];
  for (const s of spans) {
    for (let t = s.from; t <= s.to && times.length < MAX_SAMPLES; t += SAMPLE_MS) times.push(t);
  }
  return times;
}

/** The call's quality level: most calls good, about a third below 3.5, none unusable. */
const level = (callId: string): number => 2.9 + 1.6 * draws(`level:${callId}`)(0);

const fixed = (n: number, digits: number) => n.toFixed(digits);

/** The figures of one sample of one end of a call in one direction. */
export function figures(callId: string, end: 'caller' | 'callee', direction: 'sending' | 'receiving', index: number, codec: string): QosFigures {
  const d = draws(`qos:${callId}:${end}:${direction}:${index}`);
  const mos = Math.min(4.6, Math.max(1, level(callId) + (d(0) - 0.5) * 0.3));
  const poorness = Math.max(0, 4.5 - mos);
  const avgLoss = poorness * 1.1 + d(1) * 0.3;
  const maxLoss = avgLoss * (1.4 + d(2));
  const jitter = 1.5 + poorness * 7 + d(3) * 3;
  const delay = 18 + poorness * 110 + d(4) * 40;
  // Opus adapts its rate to the network; G.711 (PCMU) is a fixed 64 kbps stream.
  const bitrate = codec === 'PCMU' ? 64 : 20 + (1 - poorness / 3.5) * 16 + d(5) * 4;
  return {
    avg_loss: `${fixed(avgLoss, 2)}%`,
    bitrate: `${fixed(bitrate, 2)}kbps`,
    jitter: `${fixed(jitter, 2)}ms`,
    max_loss: `${fixed(maxLoss, 2)}%`,
    mos: fixed(mos, 1),
    network_delay: String(Math.round(delay)),
  };
}

/** The samples of one end of a call in one direction. */
export function samples(callId: string, end: 'caller' | 'callee', direction: 'sending' | 'receiving', spans: VoiceSpan[], codec: string): QosSample[] {
  return sampleTimes(spans).map((t, i) => ({ date_time: isoSeconds(t), qos: figures(callId, end, direction, i, codec) }));
}

/** The call's MOS as the lists show it: the mean of every sample's MOS, one decimal; undefined for a call that carried no voice. */
export function callMos(callId: string, spans: VoiceSpan[], codecs: { caller: string; callee: string }): string | undefined {
  const times = sampleTimes(spans);
  if (!times.length) return undefined;
  let sum = 0;
  let n = 0;
  for (const end of ['caller', 'callee'] as const) {
    for (const direction of ['sending', 'receiving'] as const) {
      for (let i = 0; i < times.length; i++) {
        sum += Number(figures(callId, end, direction, i, codecs[end]).mos);
        n++;
      }
    }
  }
  return fixed(sum / n, 1);
}

// ---- devices ---------------------------------------------------------------------------------

export interface Device {
  device_type: string;
  device_private_ip: string;
  device_public_ip: string;
  headset: string;
  microphone: string;
  isp: string;
}

const CLIENTS = ['MAC_Client 6.2.5', 'Windows_Client 6.2.5', 'IOS_Phone 6.2.5', 'Android_Phone 6.2.5', 'Linux_Client 6.2.5', 'Windows_VDI_Client 6.2.5'];
const HEADSETS = ['Jabra Evolve2 65', 'Poly Voyager Focus 2', 'Logitech Zone Wireless', 'EPOS ADAPT 660', 'Built-in'];
const MICROPHONES = ['Jabra Evolve2 65', 'Poly Voyager Focus 2', 'Logitech Zone Wireless', 'EPOS ADAPT 660', 'Built-in Microphone'];
const ISPS = ['Comcast Cable Communications', 'AT&T Services', 'Verizon Business', 'Cogent Communications', 'Lumen Technologies'];

const pick = <T>(list: readonly T[], u: number): T => list[Math.floor(u * list.length)]!;

/**
 * The phone an extension answers on: a Zoom client (a desk phone for a common
 * area or room), the same for the same extension. Addresses come from the
 * private range 10.0.0.0/8 and the documentation range 203.0.113.0/24, never a
 * real host.
 */
export function deviceOf(extensionId: string, appliance: boolean): Device {
  const d = draws(`device:${extensionId}`);
  const octet = (i: number) => 1 + Math.floor(d(i) * 253);
  return {
    device_type: appliance ? 'Zoom Phone Appliance' : pick(CLIENTS, d(0)),
    device_private_ip: `10.${octet(1)}.${octet(2)}.${octet(3)}`,
    device_public_ip: `203.0.113.${octet(4)}`,
    headset: appliance ? 'Handset' : pick(HEADSETS, d(5)),
    microphone: appliance ? 'Handset' : pick(MICROPHONES, d(6)),
    isp: pick(ISPS, d(7)),
  };
}
