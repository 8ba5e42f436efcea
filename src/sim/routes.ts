// The one list of simulations the control plane serves.
import type { SimRoute } from './route.ts';
import { callsRoutes } from './calls.ts';
import { trafficRoutes } from './traffic.ts';
import { smsRoutes } from './sms.ts';
import { faxRoutes } from './fax.ts';

export const simRoutes: SimRoute[] = [...callsRoutes, ...trafficRoutes, ...smsRoutes, ...faxRoutes];
