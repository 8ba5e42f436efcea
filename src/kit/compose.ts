// Turns the list of families into what the server runs on: the handler registry,
// the migrations, the event bus and the seed order. Knows no family by name.
import type { Migration } from 'kysely';
import type { Dialect } from '../store/migrations.ts';
import type { Handler } from './context.ts';
import { isImplemented } from './context.ts';
import { EventBus, installBus } from './events.ts';
import type { Family } from './family.ts';

export interface Registered {
  family: Family;
  handler: Handler;
}

/** operationId -> the family that owns it and its handler (implemented operations only). */
export function buildRegistry(families: Family[]): Map<string, Registered> {
  const registry = new Map<string, Registered>();
  const owners = new Map<string, string>();
  for (const family of families) {
    for (const [operationId, handler] of Object.entries(family.handlers)) {
      const prior = owners.get(operationId);
      if (prior) throw new Error(`${operationId} is owned by both ${prior} and ${family.owner.name}`);
      owners.set(operationId, family.owner.name);
      if (isImplemented(handler)) registry.set(operationId, { family, handler });
    }
  }
  return registry;
}

/** operationId -> family name, for every operation a family owns (stubs included). */
export function ownership(families: Family[]): Map<string, string> {
  const owned = new Map<string, string>();
  for (const f of families) for (const id of Object.keys(f.handlers)) owned.set(id, f.owner.name);
  return owned;
}

/** Every family's migrations in one record; two families naming the same migration is a build error. */
export function gatherMigrations(families: Family[], platform: (d: Dialect) => Record<string, Migration>) {
  return (dialect: Dialect): Record<string, Migration> => {
    const all: Record<string, Migration> = { ...platform(dialect) };
    for (const f of families) {
      for (const [name, m] of Object.entries(f.migrations?.(dialect) ?? {})) {
        if (name in all) throw new Error(`migration ${name} of ${f.owner.name} is already defined`);
        all[name] = m;
      }
    }
    return all;
  };
}

/** Families in an order where each seed runs after the seeds it names; the list's order breaks ties. */
export function seedOrder(families: Family[]): Family[] {
  const byName = new Map(families.map((f) => [f.owner.name, f]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: Family[] = [];
  const visit = (f: Family) => {
    const name = f.owner.name;
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`seed order has a cycle through ${name}`);
    visiting.add(name);
    for (const dep of f.seed?.after ?? []) {
      const d = byName.get(dep);
      if (!d) throw new Error(`the ${name} seed comes after ${dep}, which is not a family`);
      visit(d);
    }
    visiting.delete(name);
    done.add(name);
    order.push(f);
  };
  families.forEach(visit);
  return order;
}

const installed = new WeakSet<Family[]>();

/** Installs the families' listeners on the process's event bus (once per list). */
export function installListeners(families: Family[]): void {
  if (installed.has(families)) return;
  const bus = new EventBus();
  for (const f of families) if (f.listeners) bus.add(f.owner, f.listeners);
  installBus(bus);
  installed.add(families);
}
