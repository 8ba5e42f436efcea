// A user's policy as call handling holds to it, set through the API
// (PATCH /phone/users/{userId} policy): forwarding to external numbers, overflow
// and voicemail turned on, off or restricted.
import assert from 'node:assert/strict';
import type { TestServer } from '../../support/server.ts';

/** Everything call handling asks of a user's policy allowed, without restriction. */
export const OPEN = {
  forwarding_to_external_numbers: true,
  call_overflow: { enable: true, call_overflow_type: 4 },
  voicemail: { enable: true },
};

/** Changes the user's policy; 204 expected. */
export async function setPolicy(s: TestServer, userId: string, policy: Record<string, unknown>): Promise<void> {
  const res = await s.api('PATCH', `/phone/users/${userId}`, { body: { policy } });
  assert.equal(res.status, 204, JSON.stringify(res.body));
}

/** The user's policy as its profile shows it. */
export async function policyOf(s: TestServer, userId: string): Promise<any> {
  const res = await s.api('GET', `/phone/users/${userId}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.policy;
}
