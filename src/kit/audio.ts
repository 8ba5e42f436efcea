// The sound of a recording or a voicemail: a WAV file (RIFF, PCM, 8 kHz mono,
// 16-bit, what a phone line carries) exactly as long as the record says, made
// up from its id so that the same file downloads every time. What it holds is
// speech-like: voiced syllables (a pitch with its harmonics under a syllable
// envelope) in phrases, with pauses and a little line noise. No dependency.

export const SAMPLE_RATE = 8000;
export const CHANNELS = 1;
export const BITS_PER_SAMPLE = 16;
const BYTES_PER_SAMPLE = BITS_PER_SAMPLE / 8;
export const WAV_HEADER_BYTES = 44;

/** 32-bit FNV-1a of a string: the seed the same id always gives. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast generator of numbers in [0, 1) from a 32-bit seed. */
export function randomFrom(seed: string): () => number {
  let a = seedOf(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 44-byte header of a PCM WAV file holding `dataBytes` of samples. */
export function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(WAV_HEADER_BYTES);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16); // the size of a PCM fmt chunk
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(CHANNELS, 22);
  h.writeUInt32LE(SAMPLE_RATE, 24);
  h.writeUInt32LE(SAMPLE_RATE * CHANNELS * BYTES_PER_SAMPLE, 28);
  h.writeUInt16LE(CHANNELS * BYTES_PER_SAMPLE, 32);
  h.writeUInt16LE(BITS_PER_SAMPLE, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/**
 * A WAV file of `seconds` of speech-like sound made from `id`: the same id and
 * length give the same bytes. Its data holds exactly seconds × 8000 samples.
 */
export function speechWav(id: string, seconds: number): Buffer {
  const samples = Math.max(0, Math.round(seconds * SAMPLE_RATE));
  const out = Buffer.alloc(WAV_HEADER_BYTES + samples * BYTES_PER_SAMPLE);
  wavHeader(samples * BYTES_PER_SAMPLE).copy(out, 0);
  const rnd = randomFrom(id);
  // One voice per file: its base pitch (a low or a high voice) and how much it wanders.
  const basePitch = 95 + rnd() * 120;
  let i = 0;
  let phase = 0;
  while (i < samples) {
    // A phrase of a few syllables, then a pause.
    const syllables = 2 + Math.floor(rnd() * 6);
    for (let s = 0; s < syllables && i < samples; s++) {
      const length = Math.round(SAMPLE_RATE * (0.12 + rnd() * 0.22));
      const pitch = basePitch * (0.85 + rnd() * 0.3);
      const glide = (rnd() - 0.5) * 0.4;
      const loudness = 0.25 + rnd() * 0.3;
      // Vowel colour: how strong the second and third harmonics are.
      const h2 = 0.3 + rnd() * 0.5;
      const h3 = 0.1 + rnd() * 0.4;
      for (let n = 0; n < length && i < samples; n++, i++) {
        const t = n / length;
        const f = pitch * (1 + glide * t);
        phase += (2 * Math.PI * f) / SAMPLE_RATE;
        const envelope = Math.sin(Math.PI * t) ** 2;
        const voiced = Math.sin(phase) + h2 * Math.sin(2 * phase) + h3 * Math.sin(3 * phase);
        const breath = (rnd() - 0.5) * 0.08;
        out.writeInt16LE(clip((loudness * envelope * voiced * 0.5 + breath * envelope) * 32767), WAV_HEADER_BYTES + i * BYTES_PER_SAMPLE);
      }
    }
    const pause = Math.round(SAMPLE_RATE * (0.15 + rnd() * 0.6));
    for (let n = 0; n < pause && i < samples; n++, i++) {
      out.writeInt16LE(clip((rnd() - 0.5) * 0.01 * 32767), WAV_HEADER_BYTES + i * BYTES_PER_SAMPLE);
    }
  }
  return out;
}

const clip = (v: number) => Math.max(-32768, Math.min(32767, Math.round(v)));
