import type { DBCoreTable, Dexie } from 'dexie';

/**
 * Keeps each table's core once per open database. Dexie builds a table's core again, through every
 * middleware, the first time each transaction touches the table (its hooks look the table up on
 * every write), so a save across six tables built six stacks of wrappers per commit. The wrappers
 * keep nothing but their table and the database's own caches, which is why Dexie's tables keep the
 * core they get at the open; a transaction now gets that same one.
 */
export function keepCoreTables(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'keptCoreTables',
    // Above every other middleware, so the core a transaction looks up is the whole stack's.
    level: 20,
    create: (down) => {
      const kept = new Map<string, DBCoreTable>();
      return {
        ...down,
        table(name) {
          const known = kept.get(name);
          if (known) return known;
          const table = down.table(name);
          kept.set(name, table);
          return table;
        },
      };
    },
  });
}
