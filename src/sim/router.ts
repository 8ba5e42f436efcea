// The telephony simulator's router: takes one call through the account's stored
// routing — blocked lists, business/closed/holiday hours in the extension's time
// zone, auto receptionist menus and keys, queue distribution and overflow, shared
// line groups, a user's call handling, voicemail — in sandbox time, and writes down
// every leg it takes. Nothing here stores anything: the call it builds is handed
// to the call-logs family, whose records and events every view reads.
import type { IdGenerator } from '../ids.ts';
import { ZoomError } from '../errors.ts';
import type { CallLeg, CallOutcome, CallParty, CallRecording, CallStep, CallVoicemail, EmergencyCall, LegEvent, LegResult, SimulatedCall } from '../families/call-logs/public.ts';
import type { Route } from '../families/call-handling/public.ts';
import { ringOrder } from '../families/call-queues/public.ts';
import type { IvrMenu } from '../families/auto-receptionists/public.ts';
import { countryOfNumber, Directory, emergencyParty, externalParty, isE164, isEmergencyNumber, type Reached } from './directory.ts';
import { periodAt } from './hours.ts';
import { DEFAULT_RING_SECONDS, DEFAULT_TALK_SECONDS, DEFAULT_VOICEMAIL_SECONDS, MAX_HOPS, MENU_WAIT_SECONDS, type CallScript } from './script.ts';

/** Call handling's unanswered-call actions (updateACallHandlingSetting). */
const ACTION = { voicemail: 1, externalContact: 9, disconnect: 11, playMessage: 12, ivr: 14, externalNumber: 10 } as const;
const FORWARDS = new Set([2, 3, 4, 6, 7, 8]);
/** IVR key actions that leave a voicemail: 100 the receptionist's own, 200–500 a user's, receptionist's, queue's or group's. */
const KEY_VOICEMAIL = new Set([100, 200, 300, 400, 500]);
/** Seconds a caller takes to press a key, and a greeting plays before a voicemail. */
const KEY_PRESS_SECONDS = 3;
const GREETING_SECONDS = 5;
const SECOND = 1000;

export interface PlaceCall {
  from: string;
  to: string;
  startAt: number;
  script: CallScript;
}

const notFound = (what: string) => new ZoomError(404, 404, what);

/** Places one call and answers it as the records will show it; `dir` may be shared by the calls of one simulation. */
export async function routeCall(dir: Directory, ids: IdGenerator, request: PlaceCall): Promise<SimulatedCall> {
  return new CallRouter(dir, ids, request).run();
}

class CallRouter {
  private readonly accountId: string;
  private readonly legs: CallLeg[] = [];
  private readonly recordings: CallRecording[] = [];
  private readonly steps: CallStep[] = [];
  private voicemail?: CallVoicemail;
  private readonly digits: string[];
  private readonly deadline: number;
  /** Sandbox time as the call moves along. */
  private t: number;
  private segment = -1;
  private node = 0;
  private hops = 0;
  private answers = 0;
  private transferred = false;
  private outcome?: CallOutcome;
  private caller!: CallParty;
  private callerExternal = false;

  constructor(
    private readonly dir: Directory,
    private readonly ids: IdGenerator,
    private readonly request: PlaceCall,
  ) {
    this.accountId = dir.accountId;
    this.t = request.startAt;
    this.digits = [...(request.script.digits ?? '')];
    const giveUp = request.script.hang_up_after_seconds;
    this.deadline = giveUp === undefined ? Infinity : request.startAt + giveUp * SECOND;
  }

  async run(): Promise<SimulatedCall> {
    const { from, to } = this.request;
    const callId = this.ids.next();
    const historyUuid = this.ids.next();
    const source = await this.party(from, 'from');
    this.caller = source.party;
    this.callerExternal = !source.reached;
    let callee: CallParty;
    let direction: SimulatedCall['direction'] = 'inbound';
    let connectType: SimulatedCall['connectType'] = 'internal';

    let target: { reached?: Reached; phoneNumber?: string; numberType?: CallParty['numberType'] } | undefined;
    let emergency: EmergencyCall | undefined;
    // An emergency number dialled by an extension of the account goes to emergency services, whatever else it could name;
    // dialled from outside, it is read as any number is.
    const toEmergency = !this.callerExternal && isEmergencyNumber(to);
    // A number dialled inside the account that reaches no extension of it may be an external contact's.
    const contact = this.callerExternal || toEmergency ? undefined : await this.dialledContact(to);
    if (contact || toEmergency) {
      target = undefined;
    } else if (/^\d{1,8}$/.test(to)) {
      target = { reached: await this.dir.byExtensionNumber(to) };
      if (!target.reached) throw notFound(`No extension ${to} in the account.`);
    } else if (isE164(to)) {
      target = await this.dir.byPhoneNumber(to);
    }
    if (this.callerExternal) {
      if (!target) throw new ZoomError(400, 300, `The call must reach the account: ${to} is none of its numbers or extensions.`);
      connectType = 'external';
      callee = target.reached?.party ?? { name: to, phoneNumber: to, numberType: target.numberType };
      if (await this.dir.blocked(this.caller.phoneNumber!, 'inbound')) {
        this.block('incoming', callee);
      } else if (target.reached) {
        await this.reach(target.reached, 'incoming');
      } else {
        // A number the account holds but nobody has: the caller hears that it is not in service (the sandbox's choice).
        this.addLeg('incoming', callee, { start: this.t, end: this.t + GREETING_SECONDS * SECOND, result: 'no_answer' });
        this.outcome = 'missed';
      }
    } else if (toEmergency) {
      direction = 'outbound';
      connectType = 'external';
      callee = emergencyParty(to);
      emergency = await this.callEmergency(source.reached!, callee);
    } else if (contact) {
      // An external contact: called out to at its phone number, shown as the contact.
      direction = 'outbound';
      connectType = 'external';
      callee = contact;
      await this.callContact(contact);
    } else if (target?.reached) {
      callee = target.reached.party;
      await this.reach(target.reached, 'incoming');
    } else {
      if (!isE164(to)) throw new ZoomError(400, 300, `to must be an extension number or an E.164 phone number: ${to}.`);
      direction = 'outbound';
      connectType = 'external';
      callee = externalParty(to);
      await this.callOut(callee);
    }

    const endAt = Math.max(...this.legs.map((l) => l.endAt));
    this.steps.push({ at: endAt, kind: 'ended', legId: this.legs[this.legs.length - 1]!.id });
    const answerAt = this.legs.find((l) => l.answerAt !== undefined && l.result === 'answered')?.answerAt;
    const outcome = this.outcome ?? (answerAt !== undefined ? 'answered' : 'missed');
    return {
      accountId: this.accountId,
      callId,
      historyUuid,
      direction,
      connectType,
      international: Boolean(this.caller.countryIso && callee.countryIso && this.caller.countryIso !== callee.countryIso),
      caller: this.caller,
      callee,
      startAt: this.request.startAt,
      answerAt,
      endAt,
      result: RESULT_OF[outcome],
      outcome,
      legs: this.legs,
      recordings: this.recordings,
      voicemail: this.voicemail,
      steps: this.steps.sort((a, b) => a.at - b.at),
      ...(emergency && { emergency }),
    };
  }

  /** The caller: an extension number, an account number its holder calls from, or an outside E.164 number. */
  private async party(value: string, field: string): Promise<{ party: CallParty; reached?: Reached }> {
    if (/^\d{1,8}$/.test(value)) {
      const reached = await this.dir.byExtensionNumber(value);
      if (!reached) throw notFound(`No extension ${value} in the account.`);
      const callerId = await this.dir.callerIdOf(reached);
      return { party: { ...reached.party, ...(callerId && { phoneNumber: callerId, numberType: 'zoom_pstn' as const, ...countryOfNumber(callerId) }) }, reached };
    }
    if (!isE164(value)) throw new ZoomError(400, 300, `${field} must be an extension number or an E.164 phone number: ${value}.`);
    const own = await this.dir.byPhoneNumber(value);
    if (own?.reached) return { party: own.reached.party, reached: own.reached };
    return { party: externalParty(value) };
  }

  // ---- legs -----------------------------------------------------------------------------------------

  private addLeg(
    event: LegEvent,
    callee: CallParty,
    o: { start: number; end: number; result: LegResult; answerAt?: number; operator?: CallParty; pressKey?: string; holdSeconds?: number; resultReason?: CallLeg['resultReason'] },
  ): CallLeg {
    const leg: CallLeg = {
      id: this.ids.next(),
      segment: this.segment < 0 ? 0 : this.segment,
      node: this.node++,
      event,
      caller: this.caller,
      callee,
      operator: o.operator,
      startAt: o.start,
      answerAt: o.answerAt,
      endAt: o.end,
      result: o.result,
      resultReason: o.resultReason,
      pressKey: o.pressKey,
      holdSeconds: o.holdSeconds ?? 0,
      waitSeconds: Math.round(((o.answerAt ?? o.end) - o.start) / SECOND),
    };
    this.legs.push(leg);
    this.steps.push({ at: o.start, kind: 'ringing', legId: leg.id });
    return leg;
  }

  private block(event: LegEvent, callee: CallParty, operator?: CallParty, restricted = false): void {
    const leg = this.addLeg(event, callee, { start: this.t, end: this.t, result: 'system_blocked', operator });
    if (restricted) leg.restricted = true;
    this.outcome = 'blocked';
  }

  /** Whether the caller has given up by `at`; if so the call ends there. */
  private gaveUpBy(at: number): boolean {
    return this.deadline < at;
  }

  // ---- reaching an extension --------------------------------------------------------------------------

  /** The call arrives at an extension of the account (dialled, forwarded, overflowed or transferred to it). */
  private async reach(target: Reached, event: LegEvent, operator?: CallParty): Promise<void> {
    if (++this.hops > MAX_HOPS) {
      // A forwarding loop: the sandbox ends the call where it stands.
      this.addLeg(event, target.party, { start: this.t, end: this.t, result: 'no_answer', operator });
      this.outcome = 'missed';
      return;
    }
    this.segment++;
    this.node = 0;
    if (this.callerExternal && this.caller.phoneNumber && (await this.dir.inboundRule(target.party.extensionId!, this.caller.phoneNumber))) {
      return this.block(event, target.party, operator);
    }
    switch (target.kind) {
      case 'user':
        return this.reachHandled(target, event, operator, 'user');
      case 'sharedLineGroup':
        return this.reachHandled(target, event, operator, 'sharedLineGroup');
      case 'callQueue':
        return this.reachQueue(target, event, operator);
      case 'autoReceptionist':
        return this.reachReceptionist(target, event, operator);
      default: {
        // Common areas and rooms have no call handling of their own here: they ring, and a missed call ends.
        const answered = await this.ring([target], event, operator, 30);
        if (!answered && !this.outcome) this.outcome = 'missed';
      }
    }
  }

  private async periodOf(target: Reached, kind: 'user' | 'callQueue' | 'autoReceptionist' | 'sharedLineGroup') {
    const routing = await this.dir.routing(target.party.extensionId!, kind);
    return periodAt(routing, this.t, await this.dir.timeZoneOf(target));
  }

  /** A user or a shared line group: in business hours its phones ring, then its unanswered-call action; outside them, the action at once. */
  private async reachHandled(target: Reached, event: LegEvent, operator: CallParty | undefined, kind: 'user' | 'sharedLineGroup'): Promise<void> {
    const { period, route } = await this.periodOf(target, kind);
    if (period !== 'business_hours') {
      this.addLeg(event, target.party, { start: this.t, end: this.t, result: 'no_answer', operator });
      return this.act(route, target);
    }
    let people = [target];
    if (kind === 'sharedLineGroup') {
      const group = await this.dir.sharedLineGroup(target.party.extensionId!);
      const members = await Promise.all((group?.memberExtensionIds ?? []).map((id) => this.dir.extension(id)));
      people = members.filter((m): m is Reached => m !== undefined);
      // The group's own leg, then one leg per member's phone ringing at once.
      this.addLeg(event, target.party, { start: this.t, end: this.t, result: 'connected', operator });
      event = 'shared_line_incoming';
      operator = target.party;
    }
    const answered = await this.ring(people, event, operator, route.max_wait_time ?? 30);
    if (!answered && !this.outcome) await this.act(route, target);
  }

  /**
   * Rings these people at once for up to `seconds`. Whoever the script names (or
   * the first of them) answers after the ring; the others stop ringing then. The
   * conversation, hold, recording and a transfer follow. Answers whether it was answered.
   */
  private async ring(people: Reached[], event: LegEvent, operator: CallParty | undefined, seconds: number): Promise<boolean> {
    const start = this.t;
    const answerer = this.answererAmong(people);
    const ringFor = answerer ? Math.min(this.request.script.ring_seconds ?? DEFAULT_RING_SECONDS, seconds) : seconds;
    if (this.gaveUpBy(start + ringFor * SECOND)) {
      for (const p of people) this.addLeg(event, p.party, { start, end: this.deadline, result: 'canceled', operator });
      this.t = this.deadline;
      this.outcome = 'abandoned';
      return false;
    }
    const answerAt = start + ringFor * SECOND;
    if (!answerer) {
      for (const p of people) this.addLeg(event, p.party, { start, end: answerAt, result: 'no_answer', operator });
      this.t = answerAt;
      return false;
    }
    // One leg per phone, in the order they rang; the others stop when one answers.
    let answeredLeg!: CallLeg;
    for (const p of people) {
      if (p === answerer) answeredLeg = this.answer(answerer, event, operator, start, answerAt);
      else this.addLeg(event, p.party, { start, end: answerAt, result: 'no_answer', resultReason: 'answered_by_other', operator });
    }
    await this.afterAnswer(answerer, answeredLeg);
    return true;
  }

  /** Who of these answers: the script's answered_by on the first answer, else the first of them; nobody when the script says so. */
  private answererAmong(people: Reached[]): Reached | undefined {
    const s = this.request.script;
    if (s.no_answer || people.length === 0) return undefined;
    if (this.answers === 0 && s.answered_by !== undefined) return people.find((p) => p.party.extensionNumber === s.answered_by);
    return people[0];
  }

  /** The answered leg: the conversation, its hold and its recording. */
  private answer(answerer: Reached, event: LegEvent, operator: CallParty | undefined, start: number, answerAt: number): CallLeg {
    const s = this.request.script;
    this.answers++;
    const hold = s.hold_seconds ?? 0;
    const end = answerAt + ((s.talk_seconds ?? DEFAULT_TALK_SECONDS) + hold) * SECOND;
    const leg = this.addLeg(event, answerer.party, { start, answerAt, end, result: 'answered', operator, holdSeconds: hold });
    this.steps.push({ at: answerAt, kind: 'answered', legId: leg.id });
    if (hold > 0) {
      const heldAt = answerAt + Math.floor(((s.talk_seconds ?? DEFAULT_TALK_SECONDS) * SECOND) / 2);
      this.steps.push({ at: heldAt, kind: 'held', legId: leg.id }, { at: heldAt + hold * SECOND, kind: 'resumed', legId: leg.id });
    }
    if (s.record) {
      // The recording is the account's party's: the one who answered, or the caller when the call went out.
      const owner = answerer.party.extensionId ? answerer.party : this.caller;
      const recording: CallRecording = { id: this.ids.next(), fileId: this.ids.next(), owner, legId: leg.id, startAt: answerAt, endAt: end, type: 'automatic' };
      this.recordings.push(recording);
      leg.recordingId = recording.id;
    }
    this.t = end;
    this.outcome = 'answered';
    return leg;
  }

  /** What the answering party does once the conversation ends: a transfer, if the script has one. */
  private async afterAnswer(answerer: Reached, leg: CallLeg): Promise<void> {
    const s = this.request.script;
    const end = leg.endAt;
    if (s.transfer_to !== undefined && !this.transferred) {
      this.transferred = true;
      const to = await this.dir.byExtensionNumber(s.transfer_to);
      if (!to) throw notFound(`No extension ${s.transfer_to} in the account to transfer to.`);
      this.steps.push({ at: end, kind: 'transferred', legId: leg.id });
      await this.reach(to, 'direct_transfer', answerer.party);
      // The transfer's own outcome stands only if nobody had answered before it: the call was answered.
      this.outcome = 'answered';
    }
  }

  // ---- call queues --------------------------------------------------------------------------------------

  private async reachQueue(target: Reached, event: LegEvent, operator?: CallParty): Promise<void> {
    const queue = await this.dir.queue(target.party.extensionId!);
    const { period, route } = await this.periodOf(target, 'callQueue');
    const arrived = this.t;
    if (!queue?.active || period !== 'business_hours') {
      // "Inactive call queues cannot be called": the sandbox routes the call as outside hours.
      this.addLeg(event, target.party, { start: arrived, end: arrived, result: 'overflowed', operator });
      return this.act(route, target);
    }
    const queueLeg = this.addLeg(event, target.party, { start: arrived, end: arrived, result: 'overflowed', operator });
    const distribution = { ...queue.call_distribution, ...route.options.call_distribution };
    const ringSeconds = distribution.ring_duration ?? 30;
    const maxWait = (route.max_wait_time ?? queue.max_wait_time) * SECOND;
    const byMember = new Map<string, Reached>();
    for (const m of queue.members) {
      const reached = await this.dir.extension(m.extensionId);
      if (reached) byMember.set(m.id, reached);
    }
    const mode = distribution.ring_mode ?? 'simultaneous';
    const groups = ringOrder(mode, queue.members.filter((m) => byMember.has(m.id)));
    let answered = false;
    // Groups ring in turn, over again, until a member answers, the caller gives up or the wait reaches its maximum.
    for (let round = 0; groups.length > 0 && !answered && this.t - arrived < maxWait && !this.outcome; round++) {
      const group = groups[round % groups.length]!.map((id) => byMember.get(id)!);
      const left = Math.ceil((maxWait - (this.t - arrived)) / SECOND);
      // All members at once ring for the whole wait; one at a time, each for the ring duration.
      answered = await this.ring(group, 'ring_to_member', target.party, mode === 'simultaneous' ? left : Math.min(ringSeconds, left));
      if (round > groups.length * 20) break;
    }
    queueLeg.endAt = this.t;
    if (answered) {
      queueLeg.result = 'answered';
      queueLeg.answerAt = this.legs.find((l) => l.result === 'answered' && l.operator === target.party)?.answerAt;
      return;
    }
    if (this.outcome === 'abandoned') {
      queueLeg.result = 'abandoned';
      return;
    }
    queueLeg.result = 'overflowed';
    await this.act(route, target, 'overflow');
  }

  // ---- auto receptionists -------------------------------------------------------------------------------

  private async reachReceptionist(target: Reached, event: LegEvent, operator?: CallParty): Promise<void> {
    const r = await this.dir.receptionist(target.party.extensionId!);
    const { period, route } = await this.periodOf(target, 'autoReceptionist');
    const menu = period === 'business_hours' ? r?.business : period === 'closed_hours' ? r?.closed : undefined;
    // The menu plays when the period routes to the IVR, or when its menu has keys and the period routes nowhere else.
    const ivr = menu && (route.routing_action === ACTION.ivr || (menu.keys.length > 0 && route.routing_action === ACTION.voicemail && !route.routing_extension_id));
    if (!ivr) {
      this.addLeg(event, target.party, { start: this.t, end: this.t, result: 'connected', operator });
      return this.act(route, target);
    }
    return this.runMenu(target, menu, event, operator);
  }

  private async runMenu(target: Reached, menu: IvrMenu, event: LegEvent, operator?: CallParty): Promise<void> {
    const start = this.t;
    for (;;) {
      const key = this.digits.shift();
      if (key === undefined) {
        const waited = MENU_WAIT_SECONDS * Math.max(1, menu.noAction.repeat);
        if (this.gaveUpBy(start + waited * SECOND)) {
          this.addLeg(event, target.party, { start, end: this.deadline, result: 'abandoned', operator });
          this.outcome = 'abandoned';
          return;
        }
        this.t = start + waited * SECOND;
        const to = menu.noAction.extensionId ? await this.dir.extension(menu.noAction.extensionId) : undefined;
        if (menu.noAction.action === -1 || !to) {
          this.addLeg(event, target.party, { start, end: this.t, result: 'hang_up', operator });
          this.outcome = 'missed';
          return;
        }
        this.addLeg(event, target.party, { start, end: this.t, result: 'connected', operator });
        return this.reach(to, 'forward', target.party);
      }
      this.t += KEY_PRESS_SECONDS * SECOND;
      const chosen = menu.keys.find((k) => k.key === key);
      if (!chosen || chosen.action < 0 || chosen.action >= 21 && chosen.action <= 23) {
        // A key with no action replays the menu; the next key pressed is read against it.
        this.addLeg(event, target.party, { start, end: this.t, result: chosen ? 'connected' : 'invalid_key', operator, pressKey: key });
        continue;
      }
      this.addLeg(event, target.party, { start, end: this.t, result: 'connected', operator, pressKey: key });
      if (chosen.action === ACTION.externalNumber && chosen.targetPhoneNumber) return this.forwardOut(chosen.targetPhoneNumber, target.party);
      const contact = chosen.action === ACTION.externalContact && chosen.targetExtensionId ? await this.dir.externalContact(chosen.targetExtensionId) : undefined;
      if (contact) return this.forwardToContact(contact, target.party);
      const to = chosen.targetExtensionId ? await this.dir.extension(chosen.targetExtensionId) : undefined;
      if (KEY_VOICEMAIL.has(chosen.action)) return this.leaveVoicemail(to ?? target, target.party);
      if (to) return this.reach(to, 'forward', target.party);
      // A key whose target the sandbox holds none of (a contact center, say): the caller is cut off.
      this.outcome = 'missed';
      return;
    }
  }

  // ---- where unanswered calls go ------------------------------------------------------------------------

  /** Applies a period's routing action for a call `owner` did not (or could not) answer. */
  private async act(route: Route, owner: Reached, event: LegEvent = 'forward'): Promise<void> {
    if (this.outcome) return;
    const action = route.routing_action;
    if (action === ACTION.voicemail) {
      const mailbox = route.routing_extension_id ? await this.dir.extension(route.routing_extension_id) : undefined;
      return this.leaveVoicemail(mailbox ?? owner, owner.party, event);
    }
    if (FORWARDS.has(action) && route.routing_extension_id) {
      const to = await this.dir.extension(route.routing_extension_id);
      if (to) return this.reach(to, event, owner.party);
    }
    if (action === ACTION.externalNumber && route.routing_phone_number) return this.forwardOut(route.routing_phone_number, owner.party);
    if (action === ACTION.externalContact && route.routing_extension_id) {
      const contact = await this.dir.externalContact(route.routing_extension_id);
      if (contact) return this.forwardToContact(contact, owner.party);
    }
    if (action === ACTION.playMessage) {
      this.addLeg(event, owner.party, { start: this.t, end: this.t + GREETING_SECONDS * SECOND, result: 'hang_up' });
      this.t += GREETING_SECONDS * SECOND;
    }
    // Disconnect, a message then disconnect, or a target the sandbox holds none of: the call ends unanswered.
    this.outcome = 'missed';
  }

  private async leaveVoicemail(mailbox: Reached, operator: CallParty, event: LegEvent = 'forward'): Promise<void> {
    const seconds = this.request.script.voicemail_seconds ?? DEFAULT_VOICEMAIL_SECONDS;
    const start = this.t;
    const greetingEnd = start + GREETING_SECONDS * SECOND;
    if (seconds === 0 || this.gaveUpBy(greetingEnd)) {
      // The caller hangs up at the greeting: nothing is left.
      this.addLeg(event, mailbox.party, { start, end: Math.min(greetingEnd, this.deadline), result: 'hang_up', operator });
      this.outcome = 'missed';
      return;
    }
    const end = greetingEnd + seconds * SECOND;
    const leg = this.addLeg(event, mailbox.party, { start, answerAt: greetingEnd, end, result: 'voicemail', operator });
    this.voicemail = { id: this.ids.next(), fileId: this.ids.next(), owner: mailbox.party, legId: leg.id, startAt: greetingEnd, seconds };
    leg.voicemailId = this.voicemail.id;
    this.t = end;
    this.outcome = 'voicemail';
  }

  /** The external contact a number dialled inside the account reaches, when no extension or number of the account has it. */
  private async dialledContact(to: string): Promise<CallParty | undefined> {
    if (/^\d{1,8}$/.test(to) ? await this.dir.byExtensionNumber(to) : !isE164(to) || (await this.dir.byPhoneNumber(to))) return undefined;
    return this.dir.externalContactDialled(to);
  }

  /**
   * Forwards the call to an external contact (call handling's or an IVR key's action 9):
   * it rings at the contact's phone number, and the records name the contact.
   */
  private async forwardToContact(contact: CallParty, operator: CallParty): Promise<void> {
    this.segment++;
    this.node = 0;
    if (contact.phoneNumber && (await this.dir.blocked(contact.phoneNumber, 'outbound'))) return this.block('forward', contact, operator);
    if (contact.phoneNumber && (await this.dir.outboundRefused(contact.phoneNumber, operator))) return this.block('forward', contact, operator, true);
    if (!(await this.ringOutside({ party: contact, kind: 'user', ownerId: '' }, 'forward', operator))) this.outcome = 'missed';
  }

  /** Calls an external contact dialled from inside the account: out at its phone number, or through its routing path when it has only an extension. */
  private async callContact(contact: CallParty): Promise<void> {
    if (contact.phoneNumber) return this.callOut(contact);
    this.segment = 0;
    if (!(await this.ringOutside({ party: contact, kind: 'user', ownerId: '' }, 'outgoing'))) this.outcome ??= 'missed';
  }

  /** Forwards the call to a number outside the account, which answers unless the script says nobody does. */
  private async forwardOut(phoneNumber: string, operator: CallParty): Promise<void> {
    this.segment++;
    this.node = 0;
    const outside = externalParty(phoneNumber);
    // The Blocked List, then the outbound calling policy of the extension that forwards the call out.
    if (await this.dir.blocked(phoneNumber, 'outbound')) return this.block('forward', outside, operator);
    if (await this.dir.outboundRefused(phoneNumber, operator)) return this.block('forward', outside, operator, true);
    const outsideReached = { party: outside, kind: 'user' as const, ownerId: '' };
    if (!(await this.ringOutside(outsideReached, 'forward', operator))) this.outcome = 'missed';
  }

  private async callOut(callee: CallParty): Promise<void> {
    this.segment = 0;
    // The Blocked List, then the caller's outbound calling policy (its account's, site's and own countries and exception rules).
    if (await this.dir.blocked(callee.phoneNumber!, 'outbound')) return this.block('outgoing', callee);
    if (await this.dir.outboundRefused(callee.phoneNumber!, this.caller)) return this.block('outgoing', callee, undefined, true);
    if (!(await this.ringOutside({ party: callee, kind: 'user', ownerId: '' }, 'outgoing'))) this.outcome ??= 'missed';
  }

  /**
   * An emergency call from a user or a common area: out to emergency services at the number
   * dialled. Neither the Blocked List nor the outbound calling rules apply to it; the caller's
   * allow_emergency_calls policy does (off: refused, system_blocked). Emergency services answer
   * as an outside phone does (the script's ring, talk, hold, recording; no_answer, hang-up).
   */
  private async callEmergency(from: Reached, psap: CallParty): Promise<EmergencyCall> {
    if (from.kind !== 'user' && from.kind !== 'commonArea') {
      throw new ZoomError(400, 300, `Only a user or a common area places an emergency call: extension ${from.party.extensionNumber} is neither.`);
    }
    if (this.request.script.transfer_to !== undefined) throw new ZoomError(400, 300, 'script.transfer_to does not apply to an emergency call: emergency services transfer no call into the account.');
    this.segment = 0;
    const number = psap.phoneNumber!;
    const address = await this.dir.emergencyAddressOf(from);
    if (!(await this.dir.emergencyAllowed(from))) {
      this.block('outgoing', psap);
      return { number, delivered: false, ...(address && { address }) };
    }
    if (!(await this.ringOutside({ party: psap, kind: 'user', ownerId: '' }, 'outgoing'))) this.outcome ??= 'missed';
    return { number, delivered: true, ...(address && { address }) };
  }

  /** An outside phone answers unless the script says nobody does (answered_by names people of the account only). */
  private async ringOutside(outside: Reached, event: LegEvent, operator?: CallParty): Promise<boolean> {
    const s = this.request.script;
    const start = this.t;
    const ringFor = s.no_answer ? 30 : (s.ring_seconds ?? DEFAULT_RING_SECONDS);
    if (this.gaveUpBy(start + ringFor * SECOND)) {
      this.addLeg(event, outside.party, { start, end: this.deadline, result: 'canceled', operator });
      this.outcome = 'abandoned';
      return false;
    }
    if (s.no_answer) {
      this.addLeg(event, outside.party, { start, end: start + ringFor * SECOND, result: 'no_answer', operator });
      this.t = start + ringFor * SECOND;
      return false;
    }
    await this.afterAnswer(outside, this.answer(outside, event, operator, start, start + ringFor * SECOND));
    return true;
  }
}

const RESULT_OF: Record<CallOutcome, LegResult> = {
  answered: 'answered',
  voicemail: 'voicemail',
  missed: 'no_answer',
  blocked: 'system_blocked',
  abandoned: 'abandoned',
  busy: 'busy',
};
