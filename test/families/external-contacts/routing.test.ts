// External contacts as routing targets, placed through the simulator: a user's
// call handling and an IVR key forward to a contact (action 9), a number dialled
// inside the account reaches the contact it matches, and the call logs name the
// contact. A deleted contact's settings fall back as a released extension's do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { ManualClock } from '../../../src/clock.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
/** Tuesday 24 November 2026, 10:00 in Los Angeles. */
const TUESDAY_10_LA = '2026-11-24T18:00:00Z';
const OUTSIDE = '+14155550123';
const DAY = { from: '2026-11-24', to: '2026-11-25' };

let s: TestServer;
const users = new Map<string, { id: string; extension_id: string }>();
let mainReceptionist = { id: '', number: '' };

before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  for (const u of list.body.users) users.set(String(u.extension_number), u);
  const ars = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 100 } });
  const main = ars.body.auto_receptionists.find((r: any) => r.extension_number === 1000);
  mainReceptionist = { id: main.id, number: (await s.api('GET', `/phone/auto_receptionists/${main.id}`)).body.phone_numbers[0].number };
});
after(() => s.close());

async function place(body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

async function get(op: string, path: string, query?: Record<string, string | number>): Promise<any> {
  const res = await s.api('GET', path, { query });
  assertContract(op, res);
  return res.body;
}

async function contact(body: Record<string, unknown>): Promise<string> {
  const res = await s.api('POST', '/phone/external_contacts', { body });
  assertContract('addAnExternalContact', res);
  return res.body.external_contact_id;
}

/** The call's entry in the account's call history and its call path. */
async function history(call: any): Promise<{ entry: any; path: any[] }> {
  const list = await get('getAccountsCallHistory', '/phone/call_history', { ...DAY, page_size: 300 });
  const entry = list.call_history.find((h: any) => h.call_id === call.call_id);
  assert.ok(entry, `call ${call.call_id} is not in the account's call history`);
  const details = await get('getCallHistory', `/phone/call_history/${call.call_history_uuid}`);
  return { entry, path: details.call_path };
}

const routingOf = async (extensionId: string) => {
  const body = await get('getCallHandlingSettings', `/phone/extension/${extensionId}/call_handling/settings`);
  return body.business_hours.find((x: any) => x.sub_setting_type === 'call_handling').settings.routing;
};

const forwardTo = (extensionId: string, settings: Record<string, unknown>) =>
  s.api('PATCH', `/phone/extension/${extensionId}/call_handling/settings/business_hours`, { body: { sub_setting_type: 'call_handling', settings } });

test("a user's call handling that forwards to an external contact sends a simulated call there, and the call log shows it", async () => {
  const id = await contact({ name: 'Night desk', extension_number: '7300', phone_numbers: ['+13125550140'], email: 'night@desk.example.com' });
  const grace = users.get('102')!;
  const res = await forwardTo(grace.extension_id, { call_not_answer_action: 9, forward_to_extension_id: id });
  assertContract('updateACallHandlingSetting', res);
  assert.equal(res.status, 204, JSON.stringify(res.body));
  // The settings show the contact as the forwarding target.
  assert.deepEqual(await routingOf(grace.extension_id), { action: 9, forward_to: { display_name: 'Night desk', extension_id: id, extension_number: 7300, id } });

  // Grace does not answer: the call goes on to the contact's phone number, which answers.
  const call = await place({ from: OUTSIDE, to: '102', at: TUESDAY_10_LA, script: { answered_by: '999', talk_seconds: 45 } });
  assert.equal(call.outcome, 'answered');
  const { entry, path } = await history(call);
  assert.equal(entry.call_result, 'answered');
  assert.deepEqual(
    path.map((e: any) => [e.event, e.callee_name, e.callee_ext_type ?? null, e.callee_did_number ?? null, e.result]),
    [
      ['incoming', 'Grace Hopper', 'user', null, 'no_answer'],
      ['forward', 'Night desk', 'external_contact', '+13125550140', 'answered'],
    ],
  );
  // The contact's leg: its extension number of the original phone system and e-mail, forwarded by Grace.
  assert.deepEqual(
    [path[1].callee_ext_number, path[1].callee_email, path[1].callee_number_type, path[1].operator_ext_number, path[1].operator_name],
    ['7300', 'night@desk.example.com', 'external_pstn', '102', 'Grace Hopper'],
  );
  // Grace's own call history shows the call she did not answer.
  const hist = await get('getUsersCallHistory', `/phone/users/${grace.id}/call_history`, { ...DAY, page_size: 300 });
  assert.ok(hist.call_logs.some((l: any) => l.call_id === call.call_id));

  // Once the contact is deleted, the setting falls back to voicemail, and so does the next call.
  assertContract('deleteAnExternalContact', await s.api('DELETE', `/phone/external_contacts/${id}`));
  assert.equal((await routingOf(grace.extension_id)).action, 1);
  const next = await place({ from: OUTSIDE, to: '102', at: TUESDAY_10_LA, script: { no_answer: true, voicemail_seconds: 10 } });
  assert.equal(next.outcome, 'voicemail');
});

test('the demo sends calls Barbara does not answer to the answering service', async () => {
  const contacts = await get('listExternalContacts', '/phone/external_contacts');
  const service = contacts.external_contacts.find((c: any) => c.name === 'After-hours answering service');
  const barbara = users.get('106')!;
  assert.deepEqual((await routingOf(barbara.extension_id)).forward_to, { display_name: service.name, extension_id: service.external_contact_id, id: service.external_contact_id });
  const call = await place({ from: OUTSIDE, to: '106', at: TUESDAY_10_LA, script: { answered_by: '999' } });
  const { path } = await history(call);
  assert.deepEqual(path.map((e: any) => [e.event, e.callee_name, e.result]), [['incoming', 'Barbara Liskov', 'no_answer'], ['forward', service.name, 'answered']]);
});

test('a contact the account does not have cannot be a forwarding target; nothing changes', async () => {
  const ada = users.get('101')!;
  const before = await routingOf(ada.extension_id);
  assertUndocumentedError(await forwardTo(ada.extension_id, { call_not_answer_action: 9, forward_to_extension_id: 'nOsUcHcOnTaCt' }), 404, 404, 'External contact does not exist: nOsUcHcOnTaCt.');
  // a user's extension is no external contact either
  assertUndocumentedError(await forwardTo(ada.extension_id, { call_not_answer_action: 9, forward_to_extension_id: users.get('102')!.extension_id }), 404, 404, /^External contact does not exist/);
  assert.deepEqual(await routingOf(ada.extension_id), before);
  // named by the customer's id, it is kept by its external_contact_id
  const id = await contact({ name: 'By customer id', id: 'crm-route-1', phone_numbers: ['+13125550141'] });
  assertContract('updateACallHandlingSetting', await forwardTo(ada.extension_id, { call_not_answer_action: 9, forward_to_extension_id: 'crm-route-1' }));
  assert.equal((await routingOf(ada.extension_id)).forward_to.extension_id, id);
  assertContract('updateACallHandlingSetting', await forwardTo(ada.extension_id, { call_not_answer_action: 1 }));
});

test('an IVR key forwarding to an external contact sends the caller there; deleted, the key is let go of', async () => {
  const id = await contact({ name: 'Partner support', phone_numbers: ['+442079460999'] });
  const ivrPath = `/phone/auto_receptionists/${mainReceptionist.id}/ivr`;
  const res = await s.api('PATCH', ivrPath, { body: { key_action: { key: '5', action: 9, target: { extension_id: id } } } });
  assertContract('updateAutoReceptionistIvr', res);
  assert.equal(res.status, 204, JSON.stringify(res.body));
  const ivr = await get('getAutoReceptionistIvr', ivrPath);
  assert.deepEqual(ivr.key_actions.find((k: any) => k.key === '5'), { key: '5', action: 9, target: { display_name: 'Partner support', extension_id: id, id } });

  const call = await place({ from: OUTSIDE, to: mainReceptionist.number, at: TUESDAY_10_LA, script: { digits: '5', talk_seconds: 20 } });
  assert.equal(call.outcome, 'answered');
  const { path } = await history(call);
  assert.deepEqual(
    path.map((e: any) => [e.event, e.callee_name, e.callee_ext_type ?? null, e.result, e.press_key ?? null]),
    [
      ['incoming', path[0].callee_name, 'auto_receptionist', 'connected', '5'],
      ['forward', 'Partner support', 'external_contact', 'answered', null],
    ],
  );
  // A contact that does not exist is refused as the key's target
  const missing = await s.api('PATCH', ivrPath, { body: { key_action: { key: '6', action: 9, target: { extension_id: 'nOsUcHcOnTaCt' } } } });
  assertUndocumentedError(missing, 400, 300, 'Extension does not exist: nOsUcHcOnTaCt.');
  assertContract('deleteAnExternalContact', await s.api('DELETE', `/phone/external_contacts/${id}`));
  const after = await get('getAutoReceptionistIvr', ivrPath);
  assert.deepEqual(after.key_actions.find((k: any) => k.key === '5'), { key: '5', action: -1 });
});

test('a number dialled inside the account reaches the external contact it matches, by extension or phone number', async () => {
  // The demo's legacy PBX reception, dialled by its old extension
  const byExtension = await place({ from: '101', to: '7001', at: TUESDAY_10_LA, script: { talk_seconds: 30 } });
  assert.equal(byExtension.outcome, 'answered');
  const first = await history(byExtension);
  assert.equal(first.entry.direction, 'outbound');
  assert.deepEqual(first.path.map((e: any) => [e.event, e.callee_name, e.callee_ext_type ?? null, e.callee_did_number ?? null]), [['outgoing', 'Legacy PBX reception', 'external_contact', '+16505550177']]);
  // A supplier's second number
  const byNumber = await place({ from: '101', to: '+442079460322', at: TUESDAY_10_LA });
  const second = await history(byNumber);
  assert.deepEqual(second.path.map((e: any) => [e.callee_name, e.callee_ext_type ?? null]), [['Acme Supplies sales desk', 'external_contact']]);
  // An outside caller cannot dial a contact: the call must reach the account
  const refused = await s.admin('POST', '/calls', { from: OUTSIDE, to: '7001', at: TUESDAY_10_LA });
  assert.equal(refused.status, 404, JSON.stringify(refused.body));
});

test('a call forwarding item may forward to an external contact', async () => {
  const ada = users.get('101')!;
  const base = `/phone/extension/${ada.extension_id}/call_handling/settings/business_hours`;
  const made = await s.api('POST', base, { body: { sub_setting_type: 'call_forwarding', settings: { phone_number: '+13125550150', description: 'Mobile' } } });
  assertContract('addACallHandlingSetting', made);
  const itemId = made.body.call_forwarding_id;
  const id = await contact({ name: 'Forwarded desk', email: 'fwd@example.com', phone_numbers: ['+13125550151', '+13125550152'] });
  const item = async () => {
    const body = await get('getCallHandlingSettings', `/phone/extension/${ada.extension_id}/call_handling/settings`);
    return body.business_hours.find((x: any) => x.sub_setting_type === 'call_forwarding').settings.call_forwarding_settings.find((f: any) => f.id === itemId);
  };
  const patch = (settings: Record<string, unknown>) => s.api('PATCH', base, { body: { sub_setting_type: 'call_forwarding', settings } });

  // A contact the account does not have changes nothing
  assertUndocumentedError(await patch({ call_forwarding_settings: [{ id: itemId, external_contact: { external_contact_id: 'nOsUcHcOnTaCt' }, description: 'x' }] }), 404, 404, 'External contact does not exist: nOsUcHcOnTaCt.');
  assert.deepEqual(await item(), { id: itemId, phone_number: '+13125550150', description: 'Mobile', enable: true });

  assertContract('updateACallHandlingSetting', await patch({ call_forwarding_settings: [{ id: itemId, external_contact: { external_contact_id: id } }] }));
  const contactShown = { email: 'fwd@example.com', external_contact_id: id, name: 'Forwarded desk', phone_numbers: ['+13125550151', '+13125550152'] };
  assert.deepEqual(await item(), { id: itemId, phone_number: '+13125550151', description: 'Mobile', enable: true, external_contact: contactShown });
  // The contact's numbers as they are now
  assertContract('updateExternalContact', await s.api('PATCH', `/phone/external_contacts/${id}`, { body: { phone_numbers: ['+13125550153'] } }));
  assert.equal((await item()).phone_number, '+13125550153');
  // A number again forwards to the number
  assertContract('updateACallHandlingSetting', await patch({ call_forwarding_settings: [{ id: itemId, phone_number: '+13125550154' }] }));
  assert.deepEqual(await item(), { id: itemId, phone_number: '+13125550154', description: 'Mobile', enable: true });
  // Forwarding to the contact again, then deleting it: the item goes with it
  assertContract('updateACallHandlingSetting', await patch({ call_forwarding_settings: [{ id: itemId, external_contact: { external_contact_id: id } }] }));
  assertContract('deleteAnExternalContact', await s.api('DELETE', `/phone/external_contacts/${id}`));
  assert.equal(await item(), undefined);
});

test('a forwarding set to a contact being deleted at that moment is refused or falls back, never left pointing at it', async () => {
  const katherine = users.get('104')!;
  const ivrPath = `/phone/auto_receptionists/${mainReceptionist.id}/ivr`;
  for (let round = 0; round < 6; round++) {
    const id = await contact({ name: `Racing ${round}`, phone_numbers: [`+1312555016${round}`] });
    const [routed, keyed, removed] = await Promise.all([
      forwardTo(katherine.extension_id, { call_not_answer_action: 9, forward_to_extension_id: id }),
      s.api('PATCH', ivrPath, { body: { key_action: { key: '8', action: 9, target: { extension_id: id } } } }),
      s.api('DELETE', `/phone/external_contacts/${id}`),
    ]);
    assert.equal(removed.status, 204, JSON.stringify(removed.body));
    assert.ok([204, 404].includes(routed.status), JSON.stringify(routed.body));
    assert.ok([204, 400].includes(keyed.status), JSON.stringify(keyed.body));
    const routing = await routingOf(katherine.extension_id);
    assert.notEqual(routing.forward_to?.extension_id, id, `round ${round}: the routing still names the deleted contact`);
    const key = (await get('getAutoReceptionistIvr', ivrPath)).key_actions.find((k: any) => k.key === '8');
    assert.equal(key.action, -1, `round ${round}: the key still names the deleted contact`);
  }
});

test("a busy user's calls may go to an external contact too", async () => {
  const edsger = users.get('105')!;
  const id = await contact({ name: 'Overflow desk', extension_number: '7400', phone_numbers: ['+13125550170'] });
  assertContract('updateACallHandlingSetting', await forwardTo(edsger.extension_id, { busy_on_another_call_action: 9, busy_forward_to_extension_id: id }));
  const body = await get('getCallHandlingSettings', `/phone/extension/${edsger.extension_id}/call_handling/settings`);
  const busy = body.business_hours.find((x: any) => x.sub_setting_type === 'call_handling').settings.busy_routing;
  assert.deepEqual(busy, { action: 9, forward_to: { display_name: 'Overflow desk', extension_id: id, extension_number: 7400, id } });
  // Deleted, the busy routing falls back to voicemail
  assertContract('deleteAnExternalContact', await s.api('DELETE', `/phone/external_contacts/${id}`));
  const after = await get('getCallHandlingSettings', `/phone/extension/${edsger.extension_id}/call_handling/settings`);
  assert.equal(after.business_hours.find((x: any) => x.sub_setting_type === 'call_handling').settings.busy_routing.action, 1);
});
