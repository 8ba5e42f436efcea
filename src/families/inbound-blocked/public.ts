// What other families may use of inbound-blocked: nothing yet. The family hears of
// extensions leaving the directory (extensions.released) and removes their rules.
export {};
