// What other families may use of zoom-rooms: nothing yet. A room's extension is in
// the directory (kind zoomRoom, owner the room's id) and its numbers are the numbers
// family's (assignee type ZoomRoom), where other families find them.
export { ASSIGNEE_TYPE as ZOOM_ROOM_ASSIGNEE_TYPE } from './rules.ts';
