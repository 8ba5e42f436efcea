// The outbound calling policy's rules as plain functions: the country a number is
// counted in, what an exception rule's number may be, and how the levels decide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALLING_CODES } from '../../../src/kit/countries.ts';
import {
  decide,
  defaultAbove,
  defaultAt,
  destinationOf,
  exceptionRuleFor,
  matches,
  prefixProblem,
  PRIMARY_OF_SHARED_CODE,
  refuses,
  type ExceptionLike,
  type LevelPolicy,
  type Rule,
} from '../../../src/families/outbound-calling/rules.ts';

const level = (rules: Record<string, Rule> = {}, exceptions: Partial<ExceptionLike>[] = []): LevelPolicy => ({
  rules: new Map(Object.entries(rules)),
  exceptions: exceptions.map((e) => ({ country: 'US', match_type: 'prefix', prefix_number: '', status: 'active', ...e }) as ExceptionLike),
});
const to = (e164: string) => destinationOf(e164)!;

test('a dialled number is counted in its country: +1 by area code, a shared code in its first country', () => {
  assert.deepEqual(destinationOf('+12065550100'), { country: 'US', national: '2065550100' });
  assert.deepEqual(destinationOf('+14165550100'), { country: 'CA', national: '4165550100' });
  assert.deepEqual(destinationOf('+18765550100'), { country: 'JM', national: '8765550100' });
  // toll free belongs to every +1 country: counted as the United States
  assert.equal(destinationOf('+18005550100')!.country, 'US');
  assert.deepEqual(destinationOf('+442079460000'), { country: 'GB', national: '2079460000' });
  assert.equal(destinationOf('+77012345678')!.country, 'RU');
  assert.equal(destinationOf('+390612345678')!.country, 'IT');
  assert.equal(destinationOf('+2341270550')!.country, 'NG');
  assert.equal(destinationOf('+999123'), undefined);
  assert.equal(destinationOf('+12a'), undefined);
  // every calling code several countries share names the country its numbers are counted in
  const shared = new Map<string, number>();
  for (const cc of Object.values(CALLING_CODES)) shared.set(cc, (shared.get(cc) ?? 0) + 1);
  for (const [cc, n] of shared) if (n > 1) assert.equal(CALLING_CODES[PRIMARY_OF_SHARED_CODE[cc]!], cc, `+${cc}`);
});

test('an exception rule names a whole number or the numbers starting with its prefix, of its country', () => {
  const prefix: ExceptionLike = { country: 'GB', match_type: 'prefix', prefix_number: '20', status: 'active' };
  assert.equal(matches(prefix, to('+442079460000')), true);
  assert.equal(matches(prefix, to('+441619460000')), false);
  // a trunk 0 written before the national number is no digit of it
  assert.equal(matches({ ...prefix, prefix_number: '020' }, to('+442079460000')), true);
  // Italy keeps its leading 0
  assert.equal(matches({ country: 'IT', match_type: 'prefix', prefix_number: '06', status: 'active' }, to('+390612345678')), true);
  const whole: ExceptionLike = { country: 'US', match_type: 'phoneNumber', prefix_number: '2065550100', status: 'active' };
  assert.equal(matches(whole, to('+12065550100')), true);
  assert.equal(matches(whole, to('+120655501001')), false);
  // another country's number never matches
  assert.equal(matches({ country: 'CA', match_type: 'prefix', prefix_number: '206', status: 'active' }, to('+12065550100')), false);
});

test('what an exception rule number may be, at and past its limits', () => {
  assert.equal(prefixProblem('GB', 'prefix', '1234567890123'), undefined);
  assert.match(prefixProblem('GB', 'prefix', '12345678901234')!, /from 1 to 13 digits/);
  assert.equal(prefixProblem('US', 'prefix', '1'), undefined);
  assert.equal(prefixProblem('US', 'phoneNumber', '2065550100'), undefined);
  assert.match(prefixProblem('US', 'phoneNumber', '206555010')!, /10 digits/);
  assert.match(prefixProblem('CA', 'prefix', '2065')!, /206 is not an area code of CA/);
  assert.equal(prefixProblem('CA', 'prefix', '41'), undefined);
  assert.equal(prefixProblem('FR', 'phoneNumber', '1234'), undefined);
  assert.match(prefixProblem('FR', 'phoneNumber', '123')!, /from 4 to 13/);
  assert.match(prefixProblem('FR', 'prefix', '12 34')!, /digits only/);
  assert.match(prefixProblem('FR', 'prefix', '')!, /digits only/);
});

test('a level reads the default of the nearest level that set one; blocked above stays blocked', () => {
  const chain = [level({ FR: 2, DE: 3 }), level({ DE: 1, IT: 2 }), level({ FR: 1, IT: 4 })];
  assert.deepEqual([defaultAt(chain, 'FR'), defaultAt(chain, 'DE'), defaultAt(chain, 'IT'), defaultAt(chain, 'US')], [2, 1, 2, 1]);
  assert.deepEqual([defaultAbove(chain, 'FR'), defaultAbove(chain, 'DE'), defaultAbove(chain, 'IT')], [2, 1, 2]);
  assert.equal(defaultAbove(chain.slice(0, 1), 'FR'), 1);
  assert.deepEqual([exceptionRuleFor(1), exceptionRuleFor(2), exceptionRuleFor(3), exceptionRuleFor(4)], [2, 1, 1, 1]);
});

test('how the levels decide a call out', () => {
  const gb = '+442079460000';
  // nothing changed: allowed
  assert.deepEqual(decide([level(), level(), level()], to(gb)), { rule: 1, level: -1 });
  // blocked at the account
  const blockedGb = level({ GB: 2 });
  assert.equal(decide([blockedGb, level(), level()], to(gb)).rule, 2);
  assert.equal(refuses(decide([blockedGb, level(), level()], to(gb))), true);
  // an account exception allows one number of it, for everybody below
  const partner = level({ GB: 2 }, [{ country: 'GB', match_type: 'phoneNumber', prefix_number: '2079460000' }]);
  const d = decide([partner, level(), level()], to(gb));
  assert.equal(d.rule, 1);
  assert.equal(d.level, 0);
  assert.equal(d.exception?.prefix_number, '2079460000');
  assert.equal(decide([partner, level(), level()], to('+442079460001')).rule, 2);
  // an inactive exception does nothing
  const off = level({ GB: 2 }, [{ country: 'GB', match_type: 'phoneNumber', prefix_number: '2079460000', status: 'inactive' }]);
  assert.equal(decide([off], to(gb)).rule, 2);
  // a user allowance under an account block does not loosen it
  assert.equal(decide([blockedGb, level(), level({ GB: 1 }, [{ country: 'GB', match_type: 'prefix', prefix_number: '20' }])], to(gb)).rule, 2);
  // an account exception that blocks a number holds below, whatever the user set
  const premium = level({}, [{ country: 'US', match_type: 'prefix', prefix_number: '900' }]);
  assert.equal(decide([premium, level(), level({ US: 1 })], to('+19005550100')).rule, 2);
  assert.equal(decide([premium, level(), level()], to('+12065550100')).rule, 1);
  // a user blocks a country the account allows, and excepts one number of it
  const user = level({ FR: 2 }, [{ country: 'FR', match_type: 'prefix', prefix_number: '1' }]);
  assert.equal(decide([level(), level(), user], to('+33145678901')).rule, 1);
  assert.equal(decide([level(), level(), user], to('+33445678901')).rule, 2);
  // a site rule holds for its users unless they set their own (not under a block)
  assert.equal(decide([level(), level({ ES: 3 }), level()], to('+34912345678')).rule, 3);
  assert.equal(decide([level(), level({ ES: 3 }), level({ ES: 1 })], to('+34912345678')).rule, 1);
  assert.equal(refuses({ rule: 3, level: 1 }), false);
  assert.equal(refuses({ rule: 4, level: 1 }), false);
});
