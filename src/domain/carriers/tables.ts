// The carriers room's tables (numbers that arrive from outside Zoom: peering
// carriers, carrier resellers, port-in orders). The number itself is a row of
// phone_numbers; these tables hold what only the carrier side knows.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CarriersTables {}
