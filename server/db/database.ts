/** A statement run often: parsed once per connection under its name and run again by it. */
export interface NamedStatement {
  /** Unique among the server's named statements. */
  readonly name: string;
  readonly text: string;
}

/** What runs SQL: the database itself, or one transaction of it. Parameters are always bound, never spliced. */
export interface Queryable {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
  /** Runs a named statement as `query` runs its text; bytes (`Buffer`) are bound in binary. */
  queryNamed<Row extends object = Record<string, unknown>>(
    statement: NamedStatement,
    params: readonly unknown[],
  ): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The server's database: PGlite in a folder, or a PostgreSQL server. */
export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for the logs. */
  readonly kind: 'pglite' | 'postgres';
}
