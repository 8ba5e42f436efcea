// The errors the alerts family answers where its operations' pages document none
// for the rule (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export { worded } from '../../kit/errors.ts';

export const ruleOnTargetTaken = undocumented({
  status: 400,
  code: 13004,
  message: 'Alert rule on this target already exists.',
  why:
    "updateAnAlertSetting's page documents no error for target_ids that name a target another alert of the same rule watches; " +
    "addAnAlertSetting documents this one (400/13004) for the same rule, so an update answers it too.",
});
