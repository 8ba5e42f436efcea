// The one list of families. The composition root (the sandbox) hands it to the
// registry, the migrator, the seeder and the event bus; nothing else names a family.
// Adding a family is a folder under src/families/ and one line here.
import type { Family } from '../kit/family.ts';
import sites from './sites/family.ts';
import users from './users/family.ts';
import numbers from './numbers/family.ts';
import carriers from './carriers/family.ts';
import sip from './sip/family.ts';
import sms from './sms/family.ts';
import billing from './billing/family.ts';
import extensions from './extensions/family.ts';
import blockedList from './blocked-list/family.ts';
import inboundBlocked from './inbound-blocked/family.ts';
import callQueues from './call-queues/family.ts';
import monitoringGroups from './monitoring-groups/family.ts';
import groupCallPickup from './group-call-pickup/family.ts';
import autoReceptionists from './auto-receptionists/family.ts';
import sharedLineGroups from './shared-line-groups/family.ts';
import callHandling from './call-handling/family.ts';
import routingRules from './routing-rules/family.ts';
import userSettings from './user-settings/family.ts';
import smsMessages from './sms-messages/family.ts';
import fax from './fax/family.ts';
import callLogs from './call-logs/family.ts';
import recordings from './recordings/family.ts';
import voicemails from './voicemails/family.ts';
import dashboard from './dashboard/family.ts';
import reports from './reports/family.ts';
import provisionTemplates from './provision-templates/family.ts';
import firmwareUpdateRules from './firmware-update-rules/family.ts';
import phoneRoles from './phone-roles/family.ts';
import audioLibrary from './audio-library/family.ts';
import commonAreas from './common-areas/family.ts';
import zoomRooms from './zoom-rooms/family.ts';
import phoneDevices from './phone-devices/family.ts';
import outboundCallerId from './outbound-caller-id/family.ts';
import policies from './policies/family.ts';
import settingTemplates from './setting-templates/family.ts';
import outboundCalling from './outbound-calling/family.ts';
import emergencyAddresses from './emergency-addresses/family.ts';
import emergencyLocations from './emergency-locations/family.ts';
import externalContacts from './external-contacts/family.ts';
import privateDirectory from './private-directory/family.ts';
import dialByName from './dial-by-name/family.ts';
import alerts from './alerts/family.ts';
import accountSettings from './account-settings/family.ts';
import siteSettings from './site-settings/family.ts';
import webhooks from '../events/family.ts';

// The webhooks first: a call's own events go out before the ones other families raise as they take it in.
export const families: Family[] = [webhooks, sites, users, extensions, numbers, carriers, sip, sms, billing, blockedList, inboundBlocked, callQueues, monitoringGroups, groupCallPickup, autoReceptionists, sharedLineGroups, callHandling, routingRules, userSettings, smsMessages, fax, callLogs, recordings, voicemails, dashboard, reports, provisionTemplates, firmwareUpdateRules, phoneRoles, audioLibrary, commonAreas, zoomRooms, phoneDevices, outboundCallerId, policies, settingTemplates, outboundCalling, emergencyAddresses, emergencyLocations, externalContacts, privateDirectory, dialByName, alerts, accountSettings, siteSettings];
