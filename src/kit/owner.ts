// Which tables a family owns, and database handles that refuse writes to any
// other. A family changes another family's rows only by calling that family's
// public surface or by publishing an event its owner listens to; the guard makes
// a slip fail loudly in the first test that takes the path.
import type { Kysely, KyselyPlugin, OperationNode, PluginTransformQueryArgs, RootOperationNode, UnknownRow, QueryResult, PluginTransformResultArgs } from 'kysely';

export interface Owner {
  name: string;
  tables: readonly string[];
  /** The same connection (and transaction), allowed to write this family's tables only. */
  bind<D>(db: Kysely<D>): Kysely<D>;
}

export class ForeignWriteError extends Error {}

function tableName(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'TableNode') return (node as any).table.identifier.name;
  if (node.kind === 'AliasNode') return tableName((node as any).node);
  if (node.kind === 'FromNode') return tableName((node as any).froms[0]);
  return undefined;
}

/** The table a write targets, or undefined for a read. */
export function writeTarget(node: RootOperationNode): string | undefined {
  switch (node.kind) {
    case 'InsertQueryNode':
      return tableName(node.into);
    case 'UpdateQueryNode':
      return tableName(node.table);
    case 'DeleteQueryNode':
      return tableName(node.from);
    default:
      return undefined;
  }
}

class OwnTablesOnly implements KyselyPlugin {
  constructor(
    private readonly name: string,
    private readonly tables: ReadonlySet<string>,
  ) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const target = writeTarget(args.node);
    if (target !== undefined && !this.tables.has(target)) {
      throw new ForeignWriteError(`the ${this.name} family wrote to ${target}, a table it does not own`);
    }
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export function owns(name: string, tables: readonly string[]): Owner {
  const plugin = new OwnTablesOnly(name, new Set(tables));
  // One bound handle per underlying handle, so that prepared queries (cached per handle) stay compiled.
  const bound = new WeakMap<object, unknown>();
  return {
    name,
    tables,
    bind<D>(db: Kysely<D>): Kysely<D> {
      let b = bound.get(db) as Kysely<D> | undefined;
      if (!b) bound.set(db, (b = db.withoutPlugins().withPlugin(plugin)));
      return b;
    },
  };
}
