// `npm run scaffold -- <family> [operationId…]` starts a family in the house's
// shape: its folder with a manifest, typed handler stubs that answer 501, its
// tables module (owning nothing yet), migrations, public surface and a test
// file, and its line in the list of families. `--root DIR` writes under another
// checkout (the scaffold's own test uses a copy).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContract } from '../src/contract.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: 'string', default: '.' } } });
const [name, ...operationIds] = positionals;
const root = resolve(values.root!);

function fail(message: string): never {
  console.error(`scaffold: ${message}`);
  process.exit(2);
}

if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail('usage: npm run scaffold -- <family-name> [operationId…] (family name in kebab-case)');
const dir = join(root, 'src/families', name);
if (existsSync(dir)) fail(`${dir} exists already`);

const known = new Map(loadContract().operations.map((op) => [op.operationId, op]));
const unknown = operationIds.filter((id) => !known.has(id));
if (unknown.length) fail(`not operationIds of the contract: ${unknown.join(', ')}`);

// An operation has one owner: refuse one another family already lists.
const { families } = await import(pathToFileURL(join(root, 'src/families/index.ts')).href);
const { ownership } = await import(pathToFileURL(join(root, 'src/kit/compose.ts')).href);
const owners: Map<string, string> = ownership(families);
const owned = operationIds.filter((id) => owners.has(id)).map((id) => `${id} (${owners.get(id)})`);
if (owned.length) fail(`already owned by another family: ${owned.join(', ')}`);

const camel = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const files: Record<string, string> = {
  'family.ts': `// The ${name} family. What it owns and answers: see handlers.ts and tables.ts.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { ${camel}Migrations } from './migrations.ts';

export default defineFamily({
  owner,
  handlers,
  migrations: ${camel}Migrations,
  // seed: { after: ['sites'], run: seed${camel[0].toUpperCase() + camel.slice(1)} },
  // listeners: { 'numbers.removed': (db, e) => … },
});
`,
  'handlers.ts': `// Handlers of the ${name} family, keyed by operationId and typed from the contract.
// A stub answers 501 until it is written: read the operation's whole section in the
// documents, implement it from state, and record its rules in docs/fidelity.md.
import { defineHandlers, notImplemented } from '../../kit/context.ts';

export const handlers = defineHandlers({
${operationIds.map((id) => `  // ${known.get(id)!.method} ${known.get(id)!.path}\n  ${id}: notImplemented,`).join('\n')}
});
`,
  'tables.ts': `// The ${name} family's tables. Declare each table's row type, add it to the
// Database interface below, and list it in \`owns\`: only this family writes it.
import { owns } from '../../kit/owner.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ${camel[0].toUpperCase() + camel.slice(1)}Tables {}

declare module '../../store/schema.ts' {
  interface Database extends ${camel[0].toUpperCase() + camel.slice(1)}Tables {}
}

export const owner = owns('${name}', []);
`,
  'migrations.ts': `// The ${name} family's migrations. Pick a name block no other family uses; a name
// never changes once released. Existing databases apply new names in any order.
import type { Migration } from 'kysely';
import type { Dialect } from '../../store/migrations.ts';

export function ${camel}Migrations(_dialect: Dialect): Record<string, Migration> {
  return {};
}
`,
  'fidelity.ts': `// What the ${name} family's operations hold of their pages, rendered into
// docs/fidelity.md by \`npm run coverage\`: once an operation is written, each rule
// its page states (enforced, with the test that shows it, or not, and why) and,
// for each documented error no test asserts, why it cannot be drawn out.
import { defineFidelity } from '../../kit/fidelity.ts';

export default defineFidelity({
  rules: [],
  unreachable: {},
});
`,
  'public.ts': `// What other families may use of ${name}. Export only what they need; writes run
// with this family's rights (owner.bind(db)), in the caller's transaction.
export {};
`,
};

mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);

const testDir = join(root, 'test/families', name);
mkdirSync(testDir, { recursive: true });
writeFileSync(
  join(testDir, `${name}.test.ts`),
  `// The ${name} family through the HTTP API. Each stub answers 501 until written;
// replace each stub's test by its happy path (assertContract) and its documented errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const STUBS: [operationId: string, method: string, path: string][] = [
${operationIds.map((id) => `  ['${id}', '${known.get(id)!.method}', '${known.get(id)!.path.replace(/\{accountId\}/g, 'me').replace(/\{(\w+)\}/g, 'stub-$1')}'],`).join('\n')}
];

test('the stubs answer 501 in Zoom\\'s shape', async () => {
  for (const [operationId, method, path] of STUBS) {
    const r = await s.api(method, path);
    if (r.status === 400 && r.body?.code === 300) continue; // the contract refused the empty input first
    assert.equal(r.status, 501, \`\${operationId}: \${JSON.stringify(r.body)}\`);
    assert.deepEqual(r.body, { code: 501, message: \`\${operationId} is not implemented by this server\` });
  }
});
`,
);

// The one line that makes it part of the server.
const index = join(root, 'src/families/index.ts');
let text = readFileSync(index, 'utf8');
text = text.replace(/(import [^\n]+ from '\.\/[^']+\/family\.ts';\n)(?![\s\S]*import [^\n]+ from '\.\/[^']+\/family\.ts';)/, `$1import ${camel} from './${name}/family.ts';\n`);
text = text.replace(/export const families: Family\[\] = \[([^\]]*)\];/, (_, list: string) => `export const families: Family[] = [${list}, ${camel}];`);
writeFileSync(index, text);

console.log(`scaffold: wrote ${dir}/ (${operationIds.length} stubs) and ${testDir}/${name}.test.ts; listed in src/families/index.ts.`);
console.log('Next: npm run typecheck && npm test -- test/families/' + name + ' && npm run coverage');
