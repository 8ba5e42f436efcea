// What other families may use of outbound-caller-id. Export only what they need; writes run
// with this family's rights (owner.bind(db)), in the caller's transaction.
export {};
