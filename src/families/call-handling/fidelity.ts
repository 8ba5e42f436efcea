// What the Call Handling pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const C = 'test/families/call-handling/call-handling.test.ts';
const P = 'test/families/call-handling/policy.test.ts';
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const OPS: OperationId[] = ['getCallHandlingSettings', 'addACallHandlingSetting', 'updateACallHandlingSetting', 'deleteACallHandlingSetting'];
const prerequisites: Rule[] = OPS.map((op) => ({ op, rule: "Prerequisites: 'Pro or a higher account with Zoom Phone enabled'", notEnforced: NO_PLANS }));
const APPLICABLE: Rule[] = OPS.map((op) => ({
  op,
  rule: "'Applicable to user, call queue, auto receptionist, or shared line group call handling at this time': the extension is one of the account's directory; an unknown one or another account's is 404/404 'Extension does not exist: …'",
  enforced: { file: C, test: "an unknown extension, or another account's, answers the documented 404 everywhere" },
}));
// A user is held to its policy as its site or it changed it (users' changedPolicyOf): the pages
// give no setting a default, so one nobody changed refuses nothing (though the profile shows it off).
const USER_POLICY_ONLY =
  'only a user has a policy (getAUsersProfile policy); a call queue, auto receptionist or shared line group holds to none of it: its settings are never refused for a policy';

export default defineFidelity({
  rules: [
    ...APPLICABLE,
    ...prerequisites,

    // ---- getCallHandlingSettings
    { op: 'getCallHandlingSettings', rule: "'Call handling settings let you control how your system routes calls during business, closed, or holiday hours': business_hours (custom_hours, call_handling, and a user's call_forwarding), closed_hours (call_handling, call_forwarding), holiday_hours (each holiday's details)", enforced: { file: C, test: "the seeded user's business hours are Monday to Friday 09:00–17:00; another user has the defaults" } },
    { op: 'getCallHandlingSettings', rule: "Fields 'Returned only for the Call Queue call_handling sub-setting' (call_distribution, max_call_in_queue, wrap_up_time, receive_call, music_on_hold…), busy_routing only for a User, call_forwarding only for a user", enforced: { file: C, test: "a queue's and an auto receptionist's settings have their own sub-settings" } },
    { op: 'getCallHandlingSettings', rule: 'Where the pages are silent, the defaults: business hours all day every day (type 1); unanswered calls to voicemail (action 1); a busy user has call waiting (21); users and shared line groups ring simultaneous for 30 s; a queue waits 120 s, holds up to 60 calls, wrap-up 30 s', enforced: { file: C, test: "the seeded user's business hours are Monday to Friday 09:00–17:00; another user has the defaults" } },
    { op: 'getCallHandlingSettings', rule: "routing.forward_to / operator: 'display_name, extension_id, extension_number, extension_type, id' of the target as the directory names it now", enforced: { file: C, test: 'routing to another extension names it as the directory does; a missing or wrong target is refused' } },
    { op: 'getCallHandlingSettings', rule: "Prompts (greeting, voicemail greeting, leaving instruction, music on hold) show 'id' and 'name'", notEnforced: 'the sandbox has no audio library: a prompt shows the id it was given, without a name' },
    { op: 'getCallHandlingSettings', rule: "forward_to of action 9 and call_forwarding_settings[].external_contact: external contacts", notEnforced: 'the sandbox keeps no external contacts: action 9 and external_contact are refused as not supported' },

    // ---- addACallHandlingSetting
    { op: 'addACallHandlingSetting', rule: "sub_setting_type call_forwarding: an external number (E.164) calls are forwarded to, in business, closed or a holiday's hours (holiday_id); 201 with its call_forwarding_id", enforced: { file: C, test: 'forwarding numbers are added, updated and deleted per period' } },
    { op: 'addACallHandlingSetting', rule: "sub_setting_type holiday (holiday_hours): name, from, to; 201 with its holiday_id", enforced: { file: C, test: 'holidays are added with their own routing and numbers, updated, and deleted with them' } },
    { op: 'addACallHandlingSetting', rule: "The 201 of a holiday carries its holiday_id", enforced: { file: C, test: 'holidays are added with their own routing and numbers, updated, and deleted with them' } },
    { op: 'addACallHandlingSetting', rule: "'This operation is not supported.': a holiday outside holiday_hours, call_forwarding on an extension other than a user", enforced: { file: C, test: "a queue's and an auto receptionist's settings have their own sub-settings" } },
    { op: 'addACallHandlingSetting', rule: "'Holiday does not exist.': call_forwarding for a holiday the extension does not have", enforced: { file: C, test: 'holidays are added with their own routing and numbers, updated, and deleted with them' } },
    { op: 'addACallHandlingSetting', rule: "A holiday whose from is not before its to: 400/400 'Invalid holiday from/to time.' (the update's words); a holiday without name, from or to: 400/300", enforced: { file: C, test: 'holidays are added with their own routing and numbers, updated, and deleted with them' } },
    { op: 'addACallHandlingSetting', rule: "'Request failed because the Call Forwarding to External Numbers feature is not enabled.': a user's call_forwarding number while its policy's forwarding_to_external_numbers (as its profile shows it) is false; a holiday is no forwarding", enforced: { file: P, test: 'a user whose policy does not allow forwarding to external numbers cannot add one; once allowed it can' } },
    { op: 'addACallHandlingSetting', rule: 'The Call Forwarding to External Numbers policy of a call queue, auto receptionist or shared line group', notEnforced: USER_POLICY_ONLY },
    { op: 'updateACallHandlingSetting', rule: "Where the pages are silent: a policy setting neither the user nor its site changed refuses nothing; the site's change holds its users until a user's own", enforced: { file: P, test: 'a setting nobody changed refuses nothing; one the site turns off holds its users until a user turns it on' } },

    // ---- updateACallHandlingSetting
    { op: 'updateACallHandlingSetting', rule: "custom_hours: type 1 (24 hours) or 2 (custom), each weekday given replaces that day; 'Invalid customer hours from/to time for weekday: {weekday}.' for a from not before its to (HH:mm), nothing changes", enforced: { file: C, test: 'custom hours change by weekday; a bad from/to answers the documented error and changes nothing' } },
    { op: 'updateACallHandlingSetting', rule: "allow_members_to_reset: 'Only required for Call Queue custom_hours sub-setting'; custom hours are business hours'", enforced: { file: C, test: 'custom hours change by weekday; a bad from/to answers the documented error and changes nothing' } },
    { op: 'updateACallHandlingSetting', rule: "call_handling: call_not_answer_action with forward_to_extension_id (2 user, 3 Zoom Room, 4 common area, 6 auto receptionist, 7 call queue, 8 shared line group) or phone_number (10); the target is an extension of the directory of that kind, not the extension itself", enforced: { file: C, test: 'routing to another extension names it as the directory does; a missing or wrong target is refused' } },
    { op: 'updateACallHandlingSetting', rule: "Actions 'Applicable to' each kind: 11 Disconnect not for an auto receptionist, 14 IVR and 15 partner contact center for an auto receptionist only, busy_on_another_call_action for a user only", enforced: { file: C, test: "an auto receptionist takes the actions its page allows it, not a user's" } },
    { op: 'updateACallHandlingSetting', rule: "forward_to_extension_id with action 1: 'the specific extension to which voicemails are forwarded' (auto receptionist, call queue)", enforced: { file: C, test: "an auto receptionist takes the actions its page allows it, not a user's" } },
    { op: 'updateACallHandlingSetting', rule: "call_not_answer_action 5 (Cisco/Polycom room) and 9 (external contact)", notEnforced: 'the sandbox keeps no Cisco/Polycom rooms or external contacts: refused as not supported' },
    { op: 'updateACallHandlingSetting', rule: "call_distribution, max_call_in_queue ('Up to 60'), wrap_up_time, receive_call, music_on_hold_id, audio_while_connecting_id: 'only required for the Call Queue call_handling sub-setting' (business hours); greeting_prompt_id for a Call Queue or Auto Receptionist; elsewhere not supported", enforced: { file: C, test: "a queue's distribution is its business hours' own; a user cannot take it" } },
    { op: 'updateACallHandlingSetting', rule: "'The user business hours ring mode and max wait time need to be set together.'", enforced: { file: C, test: 'the documented refusals of a call handling update' } },
    { op: 'updateACallHandlingSetting', rule: "'You cannot assign yourself as the operator.'; operator_extension_id is an extension of the directory", enforced: { file: C, test: 'the documented refusals of a call handling update' } },
    { op: 'updateACallHandlingSetting', rule: "voicemail_leaving_instruction_id: 'The forwarding of busy on another call and the forwarding of unanswered calls both are not Forward to voicemail/videomail…' and 'Since Allow callers to reach an operator and Allow callers to check voicemail are disabled…'", enforced: { file: C, test: 'the documented refusals of a call handling update' } },
    { op: 'updateACallHandlingSetting', rule: "Closed and holiday hours' max_wait_time: '10 … 60' (the response's values); more is refused 400/300", enforced: { file: C, test: 'the documented refusals of a call handling update' } },
    { op: 'updateACallHandlingSetting', rule: "call_forwarding: call_forwarding_settings[] by id (enable, phone_number, description) and require_press_1_before_connecting; 'Call forwarding does not exist: {callForwardingId}.' for an id not of that period, and a later unknown id leaves the earlier ones unchanged", enforced: { file: C, test: 'an update of several forwarding numbers whose later one is unknown changes none' } },
    { op: 'updateACallHandlingSetting', rule: "holiday: holiday_id, name, from, to; 'Invalid holiday from/to time.'; an unknown holiday 404/404 'Holiday does not exist.' (the add's words)", enforced: { file: C, test: 'holidays are added with their own routing and numbers, updated, and deleted with them' } },
    { op: 'updateACallHandlingSetting', rule: "Where the pages are silent: a holiday's own call_handling is named by settings.holiday_id (the holiday sub-setting's field), its call_forwarding's require_press_1 the same way", enforced: { file: C, test: 'holidays are added with their own routing and numbers, updated, and deleted with them' } },
    { op: 'updateACallHandlingSetting', rule: 'Concurrent changes of one extension (different periods and sub-settings) all land; the first change of a period adds its row once', enforced: { file: C, test: 'concurrent changes of one extension all land, none a 500' } },
    { op: 'updateACallHandlingSetting', rule: "'Failed to overflow to extension since user overflow policy is disabled.': a user's unanswered or busy call forwarded anywhere (an extension, an external contact, a number) while its policy's call_overflow.enable is false; voicemail, a message or a disconnect stay allowed", enforced: { file: P, test: 'a user whose overflow policy is disabled forwards its calls nowhere but keeps voicemail; enabled, it forwards' } },
    { op: 'updateACallHandlingSetting', rule: "'Failed to overflow to external number since user overflow policy is restricted.': call_overflow_type 1, 2 or 3 refuses forwarding to a phone number (action 10, unanswered or busy)", enforced: { file: P, test: 'a low overflow restriction refuses external numbers only' } },
    { op: 'updateACallHandlingSetting', rule: "'Failed to overflow to external contact since user overflow policy is restricted.': call_overflow_type 2 or 3 refuses forwarding to an external contact (action 9), before the contact itself is looked at", enforced: { file: P, test: 'a medium overflow restriction refuses external numbers and external contacts' } },
    { op: 'updateACallHandlingSetting', rule: "'Failed to overflow to internal extension without inbound Automatic Call Recording since user overflow policy is restricted.': call_overflow_type 3 lets a user forward to an extension (actions 2–8) only when that extension records its inbound calls automatically (a user whose policy's auto_call_recording is enabled for inbound or both calls); the other kinds keep no automatic call recording here and are refused", enforced: { file: P, test: 'a high overflow restriction lets a user forward only to extensions that record their inbound calls' } },
    { op: 'updateACallHandlingSetting', rule: "'Extension's voicemail policy is disabled.': a user's unanswered or busy call sent to voicemail (action 1), or a voicemail greeting or leaving instruction set, while its policy's voicemail.enable is false", enforced: { file: P, test: 'a user whose voicemail policy is disabled cannot send calls to voicemail; enabled, it can' } },
    { op: 'updateACallHandlingSetting', rule: "Overflow and voicemail policies of a call queue, auto receptionist or shared line group", notEnforced: USER_POLICY_ONLY },

    // ---- deleteACallHandlingSetting
    { op: 'deleteACallHandlingSetting', rule: "call_forwarding_id: the forwarding number of that period goes; 'Call forwarding does not exist: {callForwardingId}.'", enforced: { file: C, test: 'forwarding numbers are added, updated and deleted per period' } },
    { op: 'deleteACallHandlingSetting', rule: "holiday_id (holiday_hours): the holiday goes with its routing and its forwarding numbers; 'Holiday does not exist.'", enforced: { file: C, test: 'holidays are added with their own routing and numbers, updated, and deleted with them' } },
    { op: 'deleteACallHandlingSetting', rule: "Where the pages are silent: an extension leaving the directory takes its call handling with it; another extension's routing or busy routing that forwarded to it goes to its own voicemail (action 1), an operator that was it is cleared and connect_to_operator turns false", enforced: { file: C, test: 'when an extension leaves the directory its call handling goes, and settings forwarding to it fall back to voicemail' } },
  ],
  unreachable: {},
});
