// The call-handling family's demo record: the first demo user's business hours,
// Monday to Friday 09:00–17:00, ringing for 30 seconds, then voicemail.
import type { DemoGraph } from '../../kit/seed.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { defaultRoute, type WeekdayHours } from './rules.ts';
import { saveRoute } from './store.ts';

const WEEK: WeekdayHours[] = [
  { weekday: 1, type: 0 },
  ...([2, 3, 4, 5, 6] as const).map((weekday): WeekdayHours => ({ weekday, type: 2, from: '09:00', to: '17:00' })),
  { weekday: 7, type: 0 },
];

export async function seedCallHandling(graph: DemoGraph): Promise<void> {
  const { db, now, accountId } = graph;
  const userId = graph.userIds[0]!;
  const extension = (await extensionsOfOwners(db, accountId, [userId], 'user')).get(userId);
  if (!extension) throw new Error(`demo user ${userId} holds no extension`);
  await saveRoute(db, accountId, extension.id, 'business_hours', '', { ...defaultRoute('user', 'business_hours'), hours_type: 2, custom_hours: WEEK }, now);
}
