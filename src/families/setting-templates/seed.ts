// The setting-templates family's demo records: a user template for the head office's
// sales desks (recorded calls, voicemail transcribed) and one for common area phones.
import type { DemoGraph } from '../../kit/seed.ts';

export async function seedSettingTemplates(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const main = graph.siteIds[0] ?? null;
  const templates = [
    {
      name: 'Sales desk',
      description: 'Inside sales: every call recorded, voicemail transcribed',
      type: 'user',
      settings: {
        policy: {
          auto_call_recording: { enable: true, recording_calls: 'both', recording_start_prompt: true, recording_transcription: true },
          voicemail: { enable: true, allow_transcription: true },
        },
        profile: { country: 'US', area_code: '415' },
        user_settings: { audio_prompt_language: 'en-US', hold_music: 'default' },
      },
    },
    {
      name: 'Lobby phone',
      description: 'Common area phones: no international calls, no recording',
      type: 'commonArea',
      settings: { policy: { ad_hoc_call_recording: { enable: false }, sms: { enable: false, international_sms: false } } },
    },
  ];
  for (const t of templates) {
    await db
      .insertInto('setting_templates')
      .values({ id: ids.next(), account_id: accountId, name: t.name, description: t.description, type: t.type, site_id: main, settings: JSON.stringify(t.settings), created_at: now })
      .execute();
  }
}
