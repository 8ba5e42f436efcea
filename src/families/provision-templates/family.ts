// Provision templates: named configuration text an account provisions to its desk
// phones (assigned to a device by the phone-devices family, which counts their use).
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { provisionTemplatesMigrations } from './migrations.ts';
import { seedProvisionTemplates } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: provisionTemplatesMigrations,
  seed: { after: [], run: seedProvisionTemplates },
});
