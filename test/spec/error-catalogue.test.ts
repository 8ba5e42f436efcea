// spec/errors.ts, the documented errors by name: complete against the
// contract, one name per error, names a handler can type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContract } from '../../src/contract.ts';
import { errorNames, errorSlug } from '../../tools/spec/error-catalogue.ts';
import { documentedErrors, type DocumentedErrorName } from '../../spec/errors.ts';
import type { OperationId } from '../../spec/operations.ts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <_ extends true>(): void => undefined;

assertType<Equal<keyof typeof documentedErrors, OperationId>>();
assertType<Equal<(typeof documentedErrors)['getPhoneSiteDetails']['siteDoesNotExist'], { readonly status: 400; readonly code: 400; readonly message: 'The site does not exist.' }>>();
assertType<Equal<DocumentedErrorName<'enableSipPhone'>, never>>();
export const known: DocumentedErrorName<'getPhoneSiteDetails'> = 'siteDoesNotExist';
// @ts-expect-error a name the operation does not document
export const unknown: DocumentedErrorName<'getPhoneSiteDetails'> = 'siteNotFound';

const { operations } = loadContract();
const catalogue: Record<string, Record<string, { status: number; code: number; message: string }>> = documentedErrors;

test('every operation has an entry, in contract order', () => {
  assert.deepEqual(
    Object.keys(catalogue),
    operations.map((op) => op.operationId),
  );
});

test('each entry holds exactly the documented errors, in their order', () => {
  let total = 0;
  for (const op of operations) {
    // Comparing values, not only counts: two errors given one name would leave one value behind.
    assert.deepEqual(Object.values(catalogue[op.operationId]), op.errors, op.operationId);
    total += op.errors.length;
  }
  assert.ok(total > 700, `${total} documented errors`);
});

test('names are unique within an operation and usable as identifiers', () => {
  for (const op of operations) {
    const names = errorNames(op.errors);
    assert.equal(new Set(names).size, names.length, `${op.operationId}: ${names.join(', ')}`);
    assert.deepEqual(Object.keys(catalogue[op.operationId]), names, op.operationId);
    for (const name of names) assert.match(name, /^[a-z][A-Za-z0-9_]*$/, `${op.operationId}: ${name}`);
  }
  assert.deepEqual(Object.keys(catalogue.getPhoneSiteDetails), ['siteDoesNotExist']);
});

test('a name is the camelCase of the message, without a leading article or placeholders, at most six words', () => {
  assert.equal(errorSlug('The site does not exist.'), 'siteDoesNotExist');
  assert.equal(errorSlug('An SMS campaign was not found'), 'smsCampaignWasNotFound');
  assert.equal(errorSlug('User not found: {userId}'), 'userNotFound');
  assert.equal(errorSlug("You can't delete the main AutoReceptionist of a site."), 'youCantDeleteTheMainAutoReceptionist');
  assert.equal(errorSlug('5000 locations at most'), 'error5000LocationsAtMost');
  assert.equal(errorSlug('A'), 'a', 'a lone article is the only word there is');
  assert.equal(errorSlug('{0}'), '');
});

test('clashing names take the code, then a counter; a message without words is named by its code', () => {
  const e = (code: number, message: string) => ({ status: 400, code, message });
  assert.deepEqual(errorNames([e(300, 'Invalid parameter.'), e(301, 'Invalid parameter!'), e(301, 'Invalid parameter: {x}'), e(300, ''), e(300, '...')]), [
    'invalidParameter',
    'invalidParameter301',
    'invalidParameter301_2',
    'error300',
    'error300_2',
  ]);
});
