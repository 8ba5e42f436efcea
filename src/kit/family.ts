// What a family is: one folder, one manifest. The manifest names the family and
// the tables it owns, its handlers (keyed by operationId), its migrations, its
// demo seed (and which families' seeds it stands on), and the events it listens to.
import type { Migration } from 'kysely';
import type { Dialect } from '../store/migrations.ts';
import type { HandlerMap, InvalidInput, OperationId } from './context.ts';
import type { Listeners } from './events.ts';
import type { Owner } from './owner.ts';
import type { DemoGraph } from './seed.ts';

export interface Family {
  owner: Owner;
  handlers: HandlerMap;
  /** Documented errors that answer in place of the generic validation failure (see InvalidInput). */
  invalidInput?: InvalidInput;
  /**
   * A JSON body larger than the server's 1 MiB an operation takes, in bytes, where its
   * page documents files sent as base64 text past that (so that its own documented
   * size error answers, not the server's 413).
   */
  bodyLimits?: { [Id in OperationId]?: number };
  /** Migration name -> migration. Names are unique across families; a released name never changes. */
  migrations?: (dialect: Dialect) => Record<string, Migration>;
  seed?: {
    /** Families whose demo records this seed hangs its own on. */
    after?: string[];
    run(graph: DemoGraph): Promise<void>;
  };
  listeners?: Listeners;
}

export const defineFamily = (family: Family): Family => family;

export const familyName = (f: Family): string => f.owner.name;
