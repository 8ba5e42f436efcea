// The calling-plan catalogue held against the documents' own words: batch add's
// page lists every plan a user can be given by its short name and package name,
// and the catalogue must name each of them as that page does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operation } from '../../support/contract.ts';
import { CALLING_PLANS, planName, planTypeByName } from '../../../src/families/billing/rules.ts';

/** `Type "short" if the assigned package is "long"`, as batchAddUsers' calling_plans describes them. */
function documentedPlans(): [short: string, long: string][] {
  const schema = operation('batchAddUsers').bodySchema as any;
  const text: string = schema.properties.users.items.properties.calling_plans.description;
  const pairs = [...text.matchAll(/Type "([^"]+)" if the assigned package is "([^"]+)"/g)].map((m) => [m[1], m[2]] as [string, string]);
  assert.ok(pairs.length >= 20, `the page lists the plans (found ${pairs.length})`);
  return pairs;
}

// The page's India plans come with no type code anywhere in the documents, and a
// plan's type is what every answer shows: the sandbox does not invent one.
const NOT_OFFERED = ['IN Metered', 'IN Unlimited', 'IN Pro', 'IN International Calling Add-On'];

// The responses' examples call the US/CA packages "US/CA … Calling Plan" where batch
// add's page says "United States/Canada …": answers use the examples' name, batch
// add takes both.
const ANSWERED_AS: Record<string, string> = {
  'United States/Canada Metered Calling Plan': 'US/CA Metered Calling Plan',
  'United States/Canada Unlimited Calling Plan': 'US/CA Unlimited Calling Plan',
};

test('every plan batch add documents is named by its short and its package name, and answers with that name', () => {
  for (const [short, long] of documentedPlans()) {
    if (NOT_OFFERED.includes(short)) {
      assert.equal(planTypeByName(short), undefined, short);
      continue;
    }
    const type = planTypeByName(short);
    assert.notEqual(type, undefined, `"${short}" names a plan`);
    assert.equal(planTypeByName(long), type, `"${long}" names the same plan as "${short}"`);
    assert.equal(planTypeByName(`  ${short.toUpperCase()} :FT-SUBREF-1`), type, 'case, spaces and a subscription after ":" do not matter');
    assert.equal(planName(type!), ANSWERED_AS[long] ?? long, short);
  }
});

test('the catalogue holds only plans the page documents, each once', () => {
  const documented = new Set(documentedPlans().map(([short]) => short));
  const shorts = CALLING_PLANS.map((p) => p.short);
  assert.deepEqual(
    shorts.filter((s) => !s || !documented.has(s)),
    [],
  );
  assert.equal(new Set(shorts).size, shorts.length);
  assert.equal(new Set(CALLING_PLANS.map((p) => p.type)).size, CALLING_PLANS.length);
  assert.equal(CALLING_PLANS.length, documented.size - NOT_OFFERED.length);
});

test('a name no plan has names none', () => {
  for (const name of ['', 'Metered', 'US/CA', 'Calling Plan', 'United States/Canada']) assert.equal(planTypeByName(name), undefined, name);
  assert.equal(planName(9999), undefined);
});
