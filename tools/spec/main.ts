// `npm run spec`: seed documents in spec/sources -> spec/openapi.json,
// spec/operation-ids.json, docs/operations.md, and from the contract the
// error catalogue spec/errors.ts and the types spec/openapi.d.ts and
// spec/operations.ts; from Zoom's SDK the webhook event schemas spec/phone-events.json.
// `npm run spec -- --check`: regenerate in memory and exit 1 if any checked-in
// output differs (CI), writing nothing. `--sources DIR` reads the seeds from DIR;
// `--out DIR` reads and writes the outputs under DIR instead of the repository.
//
// Every problem stops the build with a non-zero exit and a message naming the
// operation: a contract that is silently short of an operation is worse than
// no contract.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SpecParseError, type SourceId, type SourceOperation } from './model.ts';
import { staleMergedMessages } from './phone-errors.ts';
import { parsePhone } from './parse-phone.ts';
import { parseNumberManagement } from './parse-number-management.ts';
import { parsePage } from './parse-pages.ts';
import { assemble, operationKey, toJson, type OperationIdMap } from './assemble.ts';
import { loadRivet, withPhoneParameters, type PhoneParameterReport, type RivetCatalogue } from './phone-query-params.ts';
import { renderInventory } from './inventory.ts';
import { renderErrorCatalogue } from './error-catalogue.ts';
import { renderOperationTypes } from './operation-types.ts';
import { renderPhoneEventSchemas } from './phone-events.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCES_DIR = join(ROOT, 'spec/sources');
export const OUTPUT = {
  openapi: join(ROOT, 'spec/openapi.json'),
  operationIds: join(ROOT, 'spec/operation-ids.json'),
  inventory: join(ROOT, 'docs/operations.md'),
  errors: join(ROOT, 'spec/errors.ts'),
  declarations: join(ROOT, 'spec/openapi.d.ts'),
  operations: join(ROOT, 'spec/operations.ts'),
  phoneEvents: join(ROOT, 'spec/phone-events.json'),
};

/** How many operations each document describes (spec/sources/README.md). */
export const EXPECTED: Record<SourceId, number> = {
  phone: 356,
  'number-management': 28,
  'internal-numbers': 1,
  'sip-trunks': 1,
  'sip-phones': 1,
};
export const EXPECTED_TOTAL = 387;

export interface Sources {
  phone: string;
  numberManagement: string;
  /** number-management-parameters.json, parsed. */
  numberManagementParameters: unknown;
  internalNumbers: string;
  sipTrunks: string;
  sipPhones: string;
}

/** The seed files by their numeric prefix, so a re-vendored file with a new hash suffix is still found. */
export function readSources(dir = SOURCES_DIR): Sources {
  const files = readdirSync(dir);
  const byPrefix = (prefix: string): string => {
    const matches = files.filter((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
    if (matches.length !== 1) throw new Error(`${dir}: expected exactly one ${prefix}_*.txt, found ${matches.length}`);
    return readFileSync(join(dir, matches[0]), 'utf8');
  };
  return {
    internalNumbers: byPrefix('000'),
    sipTrunks: byPrefix('001'),
    numberManagement: byPrefix('002'),
    phone: byPrefix('003'),
    sipPhones: byPrefix('004'),
    numberManagementParameters: JSON.parse(readFileSync(join(dir, 'number-management-parameters.json'), 'utf8')),
  };
}

export function readPriorIds(file = OUTPUT.operationIds): OperationIdMap {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** Runs each parser and checks it produced what its document describes. */
export function parseAll(sources: Sources): SourceOperation[] {
  const parsed: Array<[SourceId, SourceOperation[]]> = [
    ['phone', parsePhone(sources.phone)],
    ['number-management', parseNumberManagement(sources.numberManagement, sources.numberManagementParameters as any)],
    ['internal-numbers', [parsePage(sources.internalNumbers, 'internal-numbers')]],
    ['sip-trunks', [parsePage(sources.sipTrunks, 'sip-trunks')]],
    ['sip-phones', [parsePage(sources.sipPhones, 'sip-phones')]],
  ];
  const problems: string[] = staleMergedMessages().map((line) => `merged-messages.ts lists a line no Phone page has: ${line}`);
  for (const [source, ops] of parsed) {
    if (ops.length !== EXPECTED[source]) problems.push(`${source}: expected ${EXPECTED[source]} operations, parsed ${ops.length}`);
    for (const op of ops) {
      if (op.source !== source) problems.push(`${operationKey(op)}: parsed from ${source} but tagged x-source ${op.source}`);
    }
  }
  const all = parsed.flatMap(([, ops]) => ops);
  if (all.length !== EXPECTED_TOTAL) problems.push(`expected ${EXPECTED_TOTAL} operations in all, parsed ${all.length}`);
  const seen = new Map<string, SourceId>();
  for (const op of all) {
    const key = operationKey(op);
    if (seen.has(key)) problems.push(`${key}: documented by both ${seen.get(key)} and ${op.source}`);
    seen.set(key, op.source);
  }
  if (problems.length > 0) throw new Error(`the parsed sources are not what spec/sources/README.md describes:\n  ${problems.join('\n  ')}`);
  return all;
}

export interface Generated {
  /** Output path (absolute) -> exact file content. */
  files: Record<string, string>;
  report: {
    bySource: Record<string, number>;
    phoneParameters: PhoneParameterReport;
    collisions: string[][];
    newOperationIds: number;
  };
}

let rivetCache: RivetCatalogue | undefined;

/** The whole build, in memory: sources and published ids in, file contents out. */
export function generate(sources: Sources, priorIds: OperationIdMap, rivet: RivetCatalogue = (rivetCache ??= loadRivet())): Generated {
  const parsed = parseAll(sources);
  const phone = withPhoneParameters(
    parsed.filter((op) => op.source === 'phone'),
    rivet,
  );
  const ops = [...phone.operations, ...parsed.filter((op) => op.source !== 'phone')];
  const { doc, operationIds, collisions } = assemble(ops, priorIds);
  const bySource: Record<string, number> = {};
  for (const op of ops) bySource[op.source] = (bySource[op.source] ?? 0) + 1;
  // Round-trip through JSON so the inventory and catalogue read exactly what is written.
  const openapi = toJson(doc);
  const written = JSON.parse(openapi);
  return {
    files: {
      [OUTPUT.openapi]: openapi,
      [OUTPUT.operationIds]: toJson(operationIds),
      [OUTPUT.inventory]: renderInventory(written),
      [OUTPUT.errors]: renderErrorCatalogue(written),
    },
    report: {
      bySource,
      phoneParameters: phone.report,
      collisions,
      newOperationIds: Object.keys(operationIds).filter((k) => !(k in priorIds)).length,
    },
  };
}

/**
 * generate() and the TypeScript types of its contract. Apart because
 * openapi-typescript only works asynchronously, and generate() is called
 * synchronously by tests that need nothing typed.
 */
export async function generateAll(sources: Sources, priorIds: OperationIdMap): Promise<Generated> {
  const generated = generate(sources, priorIds);
  const types = await renderOperationTypes(JSON.parse(generated.files[OUTPUT.openapi]));
  generated.files[OUTPUT.declarations] = types.declarations;
  generated.files[OUTPUT.operations] = types.operations;
  generated.files[OUTPUT.phoneEvents] = renderPhoneEventSchemas();
  return generated;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const option = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  // --sources DIR reads the seed documents from elsewhere (tests feed it damaged copies).
  const sourcesDir = option('--sources') ?? SOURCES_DIR;
  // --out DIR stands for the repository root where outputs are read and written
  // (tests hand-edit copies of the outputs, never the checked-in ones).
  const outDir = option('--out');
  const at = (file: string): string => (outDir ? join(outDir, relative(ROOT, file)) : file);
  let generated: Generated;
  try {
    generated = await generateAll(readSources(sourcesDir), readPriorIds(at(OUTPUT.operationIds)));
  } catch (err) {
    // A SpecParseError's message already names the operation and quotes the text it stopped at.
    const what = err instanceof SpecParseError ? 'a source document cannot be read' : 'the contract cannot be built';
    console.error(`spec: ${what}, nothing was written:\n${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const { report } = generated;
  const files = Object.entries(generated.files).map(([file, content]): [string, string] => [at(file), content]);
  const shown = (file: string): string => relative(outDir ?? ROOT, file);
  const stale = files.filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content);
  if (check) {
    for (const [file] of stale) console.error(`spec: ${shown(file)} is out of date; run \`npm run spec\``);
    if (stale.length === 0) console.log('spec: generated files are up to date');
    return stale.length === 0 ? 0 : 1;
  }
  for (const [file, content] of stale) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const p = report.phoneParameters;
  console.log(
    [
      `spec: ${Object.values(report.bySource).reduce((a, b) => a + b, 0)} operations (${Object.entries(report.bySource)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')})`,
      `spec: phone query parameters by source: ${Object.entries(p.bySource)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}; ${p.operationsWithRivetQuery} operations got query parameters from rivet, ` +
        `${p.operationsMatchedToRivet} matched a rivet endpoint, ${p.unmatchedRivet.length} rivet endpoints matched no operation`,
      ...p.unmatchedRivet.map((e) => `spec:   rivet endpoint without a documented operation: ${e}`),
      `spec: ${p.withoutRivet.length} phone operations have no rivet endpoint: ${p.withoutRivet.join(', ')}`,
      `spec: ${report.collisions.length} operationId collisions resolved, ${report.newOperationIds} new operationIds`,
      `spec: ${stale.length === 0 ? 'nothing changed' : `wrote ${stale.map(([f]) => shown(f)).join(', ')}`}`,
    ].join('\n'),
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
