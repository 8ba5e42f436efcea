// The zoom-rooms family's tables: the Zoom Rooms of each account (what the Zoom
// account has, whether or not Zoom Phone knows them), the rooms given a Zoom Phone
// license (their site, extension and policy changes) and the calling plans each
// such room holds. A room's extension number lives in the extension directory and
// its phone numbers in the numbers family (assignee type ZoomRoom).
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** A Zoom Room of the account, as listZoomRoomsWithoutZoomPhoneAssignment shows it. */
export interface ZoomRoomTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  display_name: string;
  location_id: string | null;
  location_info: string | null;
  department: string | null;
  cost_center: string | null;
  created_at: number;
}

/** A Zoom Room added to Zoom Phone: one row per room (the unique index decides a race of two adds). */
export interface ZoomRoomPhoneTable {
  seq: Generated<number>;
  account_id: string;
  room_id: string;
  site_id: string;
  /** The directory's extension of the room (kind zoomRoom, owner the room). */
  extension_id: string;
  /** The room's own policy changes (JSON): `{ international_calling: { enable }, … }`; a key left out follows the site. */
  policy: string;
  created_at: number;
}

/** A calling plan a room in Zoom Phone holds, taken from the account's inventory. */
export interface ZoomRoomPlanTable {
  seq: Generated<number>;
  account_id: string;
  room_id: string;
  type: number;
  billing_account_id: string | null;
  billing_subscription_id: string | null;
  created_at: number;
}

export interface ZoomRoomsTables {
  zoom_rooms: ZoomRoomTable;
  zoom_room_phones: ZoomRoomPhoneTable;
  zoom_room_plans: ZoomRoomPlanTable;
}

declare module '../../store/schema.ts' {
  interface Database extends ZoomRoomsTables {}
}

export const owner = owns('zoom-rooms', ['zoom_rooms', 'zoom_room_phones', 'zoom_room_plans']);
