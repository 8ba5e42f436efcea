// What other families may use of shared line groups: nothing yet. The group's
// extension is the directory's (kind 'sharedLineGroup'), its numbers the numbers
// family's (assignee type SharedLineGroup): other families read those there.
export {};
