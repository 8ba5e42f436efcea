// Handlers of the provision-templates family, keyed by operationId: the account's
// provision templates, named configuration text for its desk phones. A template's
// bound_device_count is how many of the account's desk phones use it (phone-devices).
import { defineHandlers, type ItemOf, type ResponseOf } from '../../kit/context.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import { templateNotFound, worded, WORDS } from './errors.ts';
import { reservedKey, templateName } from './rules.ts';
import { insertTemplate, type ProvisionTemplateRow } from './store.ts';
import { templateDeviceCounts } from '../phone-devices/public.ts';

type ListItem = ItemOf<'listProvisionTemplates', 'provision_templates'>;
type Details = ResponseOf<'getAProvisionTemplate'>;

// "The number of devices using the provision template": the desk phones the
// phone-devices family keeps with the template, asked a page's worth at a time.
const listed = (row: ProvisionTemplateRow, bound: Map<string, number>): ListItem => ({
  id: row.id,
  name: row.name,
  description: row.description ?? undefined,
  bound_device_count: bound.get(row.id) ?? 0,
});

const detailed = (row: ProvisionTemplateRow, bound: Map<string, number>): Details => ({
  id: row.id,
  name: row.name,
  description: row.description ?? undefined,
  content: row.content ?? undefined,
  bound_device_count: bound.get(row.id) ?? 0,
});

export const handlers = defineHandlers({
  async listProvisionTemplates(ctx) {
    const store = await ctx.store();
    return ctx.list({
      items: 'provision_templates',
      fetch: (after, limit) => store.page('provision_templates', {}, after, limit),
      count: () => store.count('provision_templates', {}),
      present: async (rows) => {
        const bound = await templateDeviceCounts(store.db, store.accountId, rows.map((r) => r.id));
        return rows.map((r) => listed(r, bound));
      },
    });
  },

  async addAProvisionTemplate(ctx) {
    const store = await ctx.store();
    const b = ctx.body;
    const name = templateName(b.name);
    if (!name) throw worded(ctx.fail('error300'), WORDS.nameEmpty, 'name');
    const reserved = b.content !== undefined ? reservedKey(b.content) : undefined;
    if (reserved !== undefined) throw worded(ctx.fail('error400'), WORDS.reservedKey(reserved), 'content');
    const now = ctx.clock.now();
    const template = {
      id: ctx.ids.next(),
      name,
      description: b.description ?? null,
      content: b.content ?? null,
      created_at: now,
      updated_at: now,
    };
    if (!(await insertTemplate(store, template))) throw worded(ctx.fail('error400'), WORDS.nameTaken(name), 'name');
    return { id: template.id, name };
  },

  async getAProvisionTemplate(ctx) {
    const store = await ctx.store();
    const row = await store.find('provision_templates', { id: ctx.params.templateId });
    if (!row) throw templateNotFound();
    return detailed(row, await templateDeviceCounts(store.db, store.accountId, [row.id]));
  },

  async updateAProvisionTemplate(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const id = ctx.params.templateId;
    const name = b.name !== undefined ? templateName(b.name) : undefined;
    if (name === '') throw worded(ctx.fail('error300'), WORDS.nameEmpty, 'name');
    const reserved = b.content !== undefined ? reservedKey(b.content) : undefined;
    try {
      // Read and written under the row's lock: concurrent patches of one template apply one after another.
      await ctx.db.transaction().execute(async (trx) => {
        const templates = store.on(trx);
        const row = await templates.lock('provision_templates', { id }, 'noKeyUpdate');
        if (!row) throw ctx.fail('provisionTemplateDoesNotExist');
        if (reserved !== undefined) throw ctx.fail('templateShouldNotContainReservedParameters', { 0: reserved });
        await templates.patch(
          'provision_templates',
          { id },
          {
            name: name ?? row.name,
            description: b.description !== undefined ? b.description : row.description,
            content: b.content !== undefined ? b.content : row.content,
            updated_at: ctx.clock.now(),
          },
        );
      });
    } catch (err) {
      // Another template of the account has that name: the unique index refused the change.
      if (name !== undefined && isUniqueViolation(err)) throw ctx.fail('provisionTemplateNameAlreadyExists', { 0: name });
      throw err;
    }
    return undefined;
  },

  async deleteAProvisionTemplate(ctx) {
    const store = await ctx.store();
    if ((await store.remove('provision_templates', { id: ctx.params.templateId })) === 0) throw ctx.fail('provisionTemplateDoesNotExist');
    return undefined;
  },
});
