// What other families (and the telephony simulator) may use of inbound-blocked:
// which rule, if any, stops a call to an extension. The family hears of
// extensions leaving the directory (extensions.released) and removes their rules.
export { inboundBlockRules, ruleBlocking } from './store.ts';
