// The site-settings family's demo records: the demo account's sites as an admin set
// them up — the head office open weekdays 9 to 6 with its US holidays and SRTP for its
// Yealink and Poly phones; London with its bank holidays, British prompts and
// location-based routing; Denver left at the defaults.
import type { DemoGraph } from '../../kit/seed.ts';
import type { Json } from './rules.ts';

const WEEKDAYS = [2, 3, 4, 5, 6];
const officeHours = (from: string, to: string): Json => ({
  custom_hour_type: 2,
  custom_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => (WEEKDAYS.includes(weekday) ? { weekday, type: 2, from, to } : { weekday, type: 0 })),
  overflow: { allow_caller_to_check_voicemail: true, allow_caller_to_reach_operator: false },
});

const SITES: { settings: Record<string, Json>; holidays: [string, string, string][]; devices: string[] }[] = [
  {
    settings: { business_hours: officeHours('09:00', '18:00'), desk_phone: { hot_desking_session_timeout: { number: 12, unit: 'hours' } } },
    holidays: [
      ['Thanksgiving', '2026-11-26T08:00:00Z', '2026-11-27T08:00:00Z'],
      ['Christmas Day', '2026-12-25T08:00:00Z', '2026-12-26T08:00:00Z'],
      ["New Year's Day", '2027-01-01T08:00:00Z', '2027-01-02T08:00:00Z'],
    ],
    devices: ['Yealink', 'Poly'],
  },
  { settings: {}, holidays: [], devices: [] },
  {
    settings: {
      business_hours: officeHours('08:30', '17:30'),
      location_based_routing: { enable: true, place_receive_pstn_calls: true, enable_media_off_load_pstn_calls: false },
    },
    holidays: [
      ['Christmas Day', '2026-12-25T00:00:00Z', '2026-12-26T00:00:00Z'],
      ['Boxing Day', '2026-12-26T00:00:00Z', '2026-12-27T00:00:00Z'],
    ],
    devices: [],
  },
];

export async function seedSiteSettings(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  for (const [i, site] of SITES.entries()) {
    const siteId = graph.siteIds[i];
    if (!siteId) continue;
    for (const [type, value] of Object.entries(site.settings)) {
      await db.insertInto('site_settings').values({ account_id: accountId, site_id: siteId, setting_type: type, value: JSON.stringify(value), updated_at: now }).execute();
    }
    for (const [name, from, to] of site.holidays) {
      await db.insertInto('site_holidays').values({ id: ids.next(), account_id: accountId, site_id: siteId, name, from_at: from, to_at: to, created_at: now }).execute();
    }
    for (const device_type of site.devices) {
      await db.insertInto('site_security_devices').values({ account_id: accountId, site_id: siteId, device_type, created_at: now }).execute();
    }
  }
}
