// The sip room's tables (SIP trunking: trunks, SIP groups, internal numbers, SIP phones).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SipTables {}
