// Handler maps are typed from the contract. Most of this file is checked by tsc
// (`npm run typecheck`): each @ts-expect-error must meet the error it announces,
// or the type check fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineHandlers, isImplemented, notImplemented } from '../../src/kit/context.ts';
import { defineFamily } from '../../src/kit/family.ts';
import { owns } from '../../src/kit/owner.ts';

const owner = owns('type-probe', []);

// A correct map: the documented body, typed inputs.
export const good = defineFamily({
  owner,
  handlers: defineHandlers({
    async getBillingAccountDetails(ctx) {
      const id: string = ctx.params.billingAccountId;
      return { id, name: 'Probe' };
    },
    listBillingAccounts: notImplemented,
  }),
});

export const misspelt = defineFamily({
  owner,
  // @ts-expect-error a returned field the documented response does not have (total_recods)
  handlers: defineHandlers({
    async listBillingAccounts() {
      return { billing_accounts: [{ id: 'a', name: 'b' }], total_recods: 1 };
    },
  }),
});

export const nested = defineFamily({
  owner,
  // @ts-expect-error a misspelt field inside a list item (nmae)
  handlers: defineHandlers({
    async listBillingAccounts() {
      return { billing_accounts: [{ id: 'a', nmae: 'b' }] };
    },
  }),
});

export const unknownOperation = defineHandlers({
  // @ts-expect-error a key that is no operationId
  async listBillingAcounts() {
    return {};
  },
});

export const wrongEnum = defineHandlers({
  // @ts-expect-error a status outside the documented enum
  async listPortedNumbers() {
    return { ported_numbers: [{ order_id: 'x', status: 'Maybe' as const }] };
  },
});

export const wrongInput = defineHandlers({
  async getBillingAccountDetails(ctx) {
    // @ts-expect-error a path parameter the operation does not have
    return { id: ctx.params.siteId };
  },
});

test('stubs are registered as not implemented, handlers as implemented', () => {
  assert.equal(isImplemented(notImplemented), false);
  assert.equal(isImplemented(good.handlers.getBillingAccountDetails), true);
});
