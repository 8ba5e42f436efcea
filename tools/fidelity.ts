// docs/fidelity.md: for every implemented operation, each rule its page states in
// words (from the family's fidelity.ts: enforced, with the test that shows it, or
// not, with the reason) and each documented error (reachable where a test asserts
// it with assertDocumentedError — a full `npm test` run fails if such an assertion
// never passed — or the family's reason why not). Used by tools/coverage.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { filesUnder } from './files.ts';
import type { Operation } from '../src/contract.ts';
import { isImplemented } from '../src/kit/context.ts';
import { familyName, type Family } from '../src/kit/family.ts';
import type { FidelityRecord, Rule } from '../src/kit/fidelity.ts';
import { documentedErrors } from '../spec/errors.ts';

type Catalogue = Record<string, Record<string, { status: number; code: number; message: string }>>;
const catalogue = documentedErrors as Catalogue;

// assertDocumentedError('<operationId>', <response>, '<name>' | <code> | <variable>)
const CLAIM = /assertDocumentedError\(\s*'([A-Za-z0-9]+)',\s*[^;]*?,\s*(?:'([A-Za-z0-9_]+)'|(\d+)|([A-Za-z_$][\w$.]*))\s*,?\s*\)/g;
const QUOTED = /'([A-Za-z0-9_]+)'/g;

/** Documented errors the tests assert, as `operationId\tname` -> the test files asserting it. */
export function claimedErrors(root = 'test'): Map<string, string[]> {
  const claims = new Map<string, string[]>();
  for (const file of filesUnder(root, '.test.ts')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(CLAIM)) {
      const [, op, name, code, variable] = m;
      const entries = Object.entries(catalogue[op] ?? {});
      let named: string[];
      if (name) named = [name];
      // A table of cases: each of the operation's error names the file quotes. The run-time
      // check (scripts/test.ts) fails any of them that no assertion drew out.
      else if (variable) named = [...new Set([...text.matchAll(QUOTED)].map((q) => q[1]).filter((n) => catalogue[op]?.[n]))];
      else {
        named = entries.filter(([, e]) => e.code === Number(code)).map(([n]) => n);
        // An ambiguous claim fails at run time (test/support/contract.ts); it proves nothing here.
        if (named.length !== 1) continue;
      }
      for (const n of named.filter((x) => catalogue[op]?.[x])) {
        const key = `${op}\t${n}`;
        const files = claims.get(key) ?? [];
        if (!files.includes(file)) files.push(file);
        claims.set(key, files);
      }
    }
  }
  return claims;
}

async function recordOf(family: Family): Promise<FidelityRecord | undefined> {
  const file = join('src/families', familyName(family), 'fidelity.ts');
  if (!existsSync(file)) return undefined;
  return (await import(pathToFileURL(file).href)).default as FidelityRecord;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const enforced = (r: Rule): r is Rule & { enforced: { file: string; test: string } } => 'enforced' in r;

export interface FidelityReport {
  text: string;
  /** What makes the record wrong or incomplete; coverage refuses to write a report with any. */
  problems: string[];
}

export async function fidelityReport(families: Family[], operations: Operation[]): Promise<FidelityReport> {
  const problems: string[] = [];
  const claims = claimedErrors();
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const sections: string[] = [];
  let rulesTried = 0;
  let rulesEnforced = 0;
  let errorsDocumented = 0;
  let errorsReachable = 0;

  for (const family of families) {
    const name = familyName(family);
    // Stubs answer 501: their pages are held to account once they are written.
    const ids = Object.entries(family.handlers)
      .filter(([, handler]) => isImplemented(handler))
      .map(([id]) => id)
      .sort();
    if (ids.length === 0) continue;
    const record = await recordOf(family);
    if (!record) {
      problems.push(`src/families/${name}/fidelity.ts is missing`);
      continue;
    }
    for (const r of record.rules) {
      if (!ids.includes(r.op)) problems.push(`${name}: a rule of ${r.op}, which this family does not implement`);
      if (enforced(r)) {
        const { file, test } = r.enforced;
        if (!existsSync(file) || !readFileSync(file, 'utf8').includes(test)) problems.push(`${name}: ${r.op}: no test "${test}" in ${file}`);
      }
    }
    for (const [op, reasons] of Object.entries(record.unreachable)) {
      if (!ids.includes(op)) problems.push(`${name}: an unreachable error of ${op}, which this family does not implement`);
      for (const errorName of Object.keys(reasons ?? {})) {
        if (!catalogue[op]?.[errorName]) problems.push(`${name}: ${op} documents no error named ${errorName}`);
        else if (claims.has(`${op}\t${errorName}`)) problems.push(`${name}: ${op} ${errorName} is asserted by ${claims.get(`${op}\t${errorName}`)!.join(', ')}; drop its reason`);
      }
    }

    sections.push(`## ${name}`, '');
    for (const id of ids) {
      const op = byId.get(id)!;
      sections.push(`### \`${id}\` — ${op.method} \`${op.path}\``, '');
      const rules = record.rules.filter((r) => r.op === id);
      rulesTried += rules.length;
      rulesEnforced += rules.filter(enforced).length;
      if (rules.length) {
        sections.push('| rule | enforced | shown by / why not |', '|---|---|---|');
        for (const r of rules) {
          sections.push(enforced(r) ? `| ${cell(r.rule)} | yes | \`${r.enforced.file}\` › ${cell(r.enforced.test)} |` : `| ${cell(r.rule)} | **no** | ${cell(r.notEnforced)} |`);
        }
      } else sections.push('The page states no rule beyond its schema.');
      sections.push('');
      const errors = Object.entries(catalogue[id] ?? {});
      errorsDocumented += errors.length;
      if (errors.length) {
        sections.push('| status | code | message | reachable | asserted by / why not |', '|---:|---:|---|---|---|');
        const reasons = (record.unreachable as Record<string, Record<string, string> | undefined>)[id] ?? {};
        for (const [errorName, e] of errors) {
          const files = claims.get(`${id}\t${errorName}`);
          const why = reasons[errorName];
          if (files) errorsReachable++;
          else if (!why) problems.push(`${name}: ${id} ${errorName} (${e.status}/${e.code}) is neither asserted by a test nor given a reason`);
          sections.push(`| ${e.status} | ${e.code} | ${cell(e.message)} | ${files ? 'yes' : '**no**'} | ${files ? files.map((f) => `\`${f}\``).join(', ') : cell(why ?? '')} |`);
        }
      } else sections.push('The page documents no error.');
      sections.push('');
    }
  }

  const text = [
    '# Fidelity to the documents',
    '',
    'Generated by `npm run coverage` from each family\'s `fidelity.ts` and the tests; do not edit by hand.',
    'For every implemented operation: each rule its page states in words, enforced (with the test that',
    'shows it) or not (with the reason), and each documented error, reachable where a test asserts its',
    'status, code and message (`assertDocumentedError`; a full `npm test` run fails when such an assertion',
    'never passed) or with the reason it cannot be drawn out.',
    '',
    `**Documented rules enforced: ${rulesEnforced} of ${rulesTried} tried. Documented errors reachable: ${errorsReachable} of ${errorsDocumented}.**`,
    '',
    ...sections,
  ].join('\n');
  return { text, problems };
}
