// The fax family: files uploaded to be faxed, faxes sent and received (their
// logs and PDF documents), and the charges of the faxes sent.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { faxMigrations } from './migrations.ts';
import { seedFax } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: faxMigrations,
  seed: { after: ['sites', 'users', 'extensions', 'numbers'], run: seedFax },
});
