// What other families may use of monitoring-groups: nothing yet. The family hears
// of extensions leaving the directory (extensions.released: they leave every
// group) and of sites being deleted (sites.deleting: their groups move).
export {};
