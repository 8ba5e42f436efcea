// The external-contacts family's demo records: the answering service that takes
// the calls Barbara Liskov (extension 106) does not answer (her call handling
// forwards them to it, action 9), the legacy PBX's reception still reached by its
// old extension, and a supplier's sales desk.
import type { DemoGraph } from '../../kit/seed.ts';
import { extensionsOfOwners } from '../extensions/public.ts';
import { forwardUnansweredToContact } from '../call-handling/public.ts';
import { contactProblems } from './rules.ts';

const CONTACTS = [
  {
    name: 'After-hours answering service',
    description: 'Takes messages outside business hours',
    email: 'desk@answering.example.com',
    extension_number: null,
    phone_numbers: ['+14155550142'],
    routing_path: 'PSTN',
    auto_call_recorded: 1,
  },
  {
    name: 'Legacy PBX reception',
    description: 'Front desk on the old phone system, reached by its old extension',
    email: 'reception@legacy.example.com',
    extension_number: '7001',
    phone_numbers: ['+16505550177'],
    routing_path: 'PSTN',
    auto_call_recorded: 0,
  },
  {
    name: 'Acme Supplies sales desk',
    description: 'Account manager at our main supplier',
    email: 'sales@acme.example.com',
    extension_number: null,
    phone_numbers: ['+442079460321', '+442079460322'],
    routing_path: null,
    auto_call_recorded: null,
  },
];

export async function seedExternalContacts(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId } = graph;
  const made: string[] = [];
  for (const c of CONTACTS) {
    const problems = contactProblems({ ...c, id: null });
    if (problems.length) throw new Error(`external-contacts seed: ${c.name}: ${problems[0]!.message}`);
    const id = ids.next();
    made.push(id);
    await db
      .insertInto('external_contacts')
      .values({
        id, account_id: accountId, custom_id: null, name: c.name, description: c.description, email: c.email, extension_number: c.extension_number,
        phone_numbers: JSON.stringify(c.phone_numbers), routing_path: c.routing_path, auto_call_recorded: c.auto_call_recorded, enable_internal_extension: null,
        picture_type: null, picture_data: null, created_at: now, updated_at: now,
      })
      .execute();
  }
  // Barbara Liskov's unanswered calls go to the answering service.
  const userId = graph.userIds[5]!;
  const extension = (await extensionsOfOwners(db, accountId, [userId], 'user')).get(userId);
  if (!extension) throw new Error(`demo user ${userId} holds no extension`);
  await forwardUnansweredToContact(db, accountId, { id: extension.id, kind: 'user' }, 'business_hours', made[0]!, now);
}
