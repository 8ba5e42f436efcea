// What other families may use of firmware-update-rules. Export only what they need; writes run
// with this family's rights (owner.bind(db)), in the caller's transaction.
export {};
