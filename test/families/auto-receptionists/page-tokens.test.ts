// The receptionist list's page tokens live 15 minutes. Its own file: it moves the sandbox clock.
import { test, before, after } from 'node:test';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

test('a page token of the receptionist list expires after 15 minutes', async () => {
  await assertPageTokensExpire(s, [{ op: 'listAutoReceptionists', get: (query) => s.api('GET', '/phone/auto_receptionists', { query }) }], (_, res) =>
    assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'),
  );
});
