// A command's JSON argument: parsed, then checked against the schema the control
// plane's route checks it with (its defaults filled in), so the CLI refuses what
// the HTTP route would, in the same words.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const ajv = new Ajv({ useDefaults: true, allErrors: true, strict: false });
addFormats.default(ajv);

/** `text` parsed as a JSON object and checked against `schema` (named `what` in the messages). */
export function jsonArgument(text: string, schema: object | undefined, what: string): Record<string, unknown> {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`the ${what} must be JSON, in one argument (quote it).`);
  }
  if (schema && !ajv.validate(schema, value)) throw new Error(ajv.errorsText(ajv.errors, { dataVar: what }));
  return value;
}
