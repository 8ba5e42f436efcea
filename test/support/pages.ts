// Page tokens live 15 minutes of the sandbox clock: the same check for every list.
import assert from 'node:assert/strict';
import type { ApiResponse, TestServer } from './server.ts';
import { assertContract } from './contract.ts';
import type { OperationId } from '../../src/kit/context.ts';

export interface PagedList {
  op: OperationId;
  /** One page of the list with these query parameters (page_size, next_page_token). */
  get: (query: Record<string, string | number>) => Promise<ApiResponse>;
}

/**
 * Takes a first page of one of each list (each must have a second), moves the
 * sandbox clock 14 minutes — every token still serves its next page — then 2
 * more: `refused` asserts how each list answers its now expired token.
 */
export async function assertPageTokensExpire(s: TestServer, lists: PagedList[], refused: (list: PagedList, res: ApiResponse) => void): Promise<void> {
  const tokens: string[] = [];
  for (const l of lists) {
    const first = await l.get({ page_size: 1 });
    assertContract(l.op, first);
    assert.notEqual(first.body.next_page_token, '', l.op);
    tokens.push(first.body.next_page_token);
  }
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 14 * 60 })).status, 200);
  for (const [i, l] of lists.entries()) assertContract(l.op, await l.get({ page_size: 1, next_page_token: tokens[i] }));
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 2 * 60 })).status, 200);
  for (const [i, l] of lists.entries()) refused(l, await l.get({ page_size: 1, next_page_token: tokens[i] }));
}
