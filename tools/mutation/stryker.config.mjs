// Mutation testing, a measurement (docs/mutation.md), not a CI step. One target
// at a time: the files it mutates and the test files that must catch the change.
//   MUTATION_TARGET=billing npx -y -p @stryker-mutator/core@9.6.1 -p @stryker-mutator/tap-runner@9.6.1 \
//     -p typescript@5.9.3 stryker run tools/mutation/stryker.config.mjs
// Each test file runs as its own process (node:test prints TAP), so Stryker runs
// only the files whose run reached the mutated code.
const targets = {
  billing: {
    mutate: ['src/families/billing/handlers.ts', 'src/families/billing/rules.ts', 'src/families/billing/store.ts'],
    // Billing's public functions (plans by name, billing accounts, plan use) are
    // exercised through the users' and sites' operations that call them.
    tests: ['test/families/billing/*.test.ts', 'test/families/users/*.test.ts', 'test/families/sites/*.test.ts'],
  },
  sip: {
    mutate: ['src/families/sip/handlers.ts', 'src/families/sip/rules.ts'],
    tests: ['test/families/sip/*.test.ts'],
  },
  carriers: {
    mutate: ['src/families/carriers/rules.ts'],
    // The unit test of the vocabulary first: it fails fast, before the files that start a server.
    tests: ['test/families/carriers/rules.test.ts', 'test/families/carriers/*.test.ts'],
  },
  // The platform code every list passes through (envelopes, page sizes, signed
  // page tokens), against the tests written for it.
  platform: {
    mutate: ['src/kit/list.ts', 'src/platform/pagination.ts'],
    tests: ['test/kit/list.test.ts', 'test/http/pagination.test.ts', 'test/http/bad-input.test.ts'],
  },
};

const name = process.env.MUTATION_TARGET;
const target = targets[name];
if (!target) throw new Error(`MUTATION_TARGET must be one of ${Object.keys(targets).join(', ')}`);

export default {
  testRunner: 'tap',
  tap: { testFiles: target.tests, nodeArgs: ['--import', 'tsx', '-r', '{{hookFile}}', '{{testFile}}'], forceBail: true },
  mutate: target.mutate,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'json', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  disableTypeChecks: true,
  plugins: ['@stryker-mutator/tap-runner'],
};
