// The billing room's tables (the account's phone plans, calling-plan inventory
// and billing accounts).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BillingTables {}
