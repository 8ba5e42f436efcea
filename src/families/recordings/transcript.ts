// A recording's transcript, in the structure the transcript download page shows
// ("type": "zoom_transcript", "ver": 1, … "timeline": [...]). The sandbox hears
// nothing: the words are its own, drawn from the recording's id, spoken in turns
// by the two parties of the leg across the recording's length, so that the same
// recording always reads the same.
import { randomFrom } from '../../kit/audio.ts';
import { isoSeconds } from './rules.ts';
import { partiesOfRow, type RecordingRow } from './store.ts';

const LINES = [
  'Hello, thanks for calling.',
  'Hi, I am calling about my account.',
  'Sure, let me pull that up for you.',
  'Could you confirm the number you are calling from?',
  'It is the one on file.',
  'Thank you, I can see it here.',
  'I would like to change my appointment to next week.',
  'Tuesday at ten works for me.',
  'Let me check what is available.',
  'That slot is open, I have booked it.',
  'Is there anything else I can help with?',
  'No, that is everything, thank you.',
  'You are welcome, have a good day.',
  'I will send you a confirmation by email.',
  'Can you repeat that, please?',
  'Of course.',
];

export interface TranscriptLine {
  text: string;
  raw_text: string;
  ts: string;
  end_ts: string;
  users: string[];
  userId: string;
  userIds: string[];
  channelMark: 'L' | 'R';
}

export interface Transcript {
  type: 'zoom_transcript';
  ver: 1;
  recording_id: string;
  meeting_id: string;
  account_id: string;
  host_id: string;
  recording_start: string;
  recording_end: string;
  timeline: TranscriptLine[];
}

/** "00:01:02.500": an offset into the recording. */
function offset(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

export function transcriptOf(row: RecordingRow): Transcript {
  const rnd = randomFrom(`transcript:${row.id}`);
  const parties = partiesOfRow(row);
  // The caller speaks on the left channel, the callee on the right.
  const speakers = [
    { userId: parties.caller.number, mark: 'L' as const },
    { userId: parties.callee.number, mark: 'R' as const },
  ];
  const length = Number(row.end_at) - Number(row.start_at);
  const timeline: TranscriptLine[] = [];
  let at = 0;
  let turn = 1; // the callee answers first
  while (at < length) {
    const spoken = Math.min(length - at, 1500 + Math.floor(rnd() * 4500));
    const text = LINES[Math.floor(rnd() * LINES.length)];
    const speaker = speakers[turn];
    timeline.push({ text, raw_text: text, ts: offset(at), end_ts: offset(at + spoken), users: [], userId: speaker.userId, userIds: [], channelMark: speaker.mark });
    at += spoken + 200 + Math.floor(rnd() * 800);
    turn = rnd() < 0.8 ? 1 - turn : turn;
  }
  return {
    type: 'zoom_transcript',
    ver: 1,
    recording_id: row.id,
    meeting_id: row.call_id,
    account_id: row.account_id,
    host_id: row.owner_id ?? '',
    recording_start: isoSeconds(Number(row.start_at)),
    recording_end: isoSeconds(Number(row.end_at)),
    timeline,
  };
}
