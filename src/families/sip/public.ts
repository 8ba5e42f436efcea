// What other families may use of SIP: finding one of the account's SIP groups,
// which a BYOC number names to route its calls (numbers keeps its id and name).
export { findSipGroup } from './store.ts';
