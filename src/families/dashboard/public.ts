// What other families may use of dashboard: the date window every report and
// dashboard list reads its `from`/`to` by (reports takes it).
export { addMonths, isoDay, isProblem, parseMoment, windowOf, WHY, DAY_MS, type Window, type WindowProblem } from './window.ts';
