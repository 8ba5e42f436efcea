// The sms room's tables (SMS campaigns and consent policies).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SmsTables {}
