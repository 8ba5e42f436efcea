// What other families may use of site-settings. Nothing yet: the simulator's hours
// (src/sim/hours.ts) do not read a site's default business, closed or holiday hours.
export {};
