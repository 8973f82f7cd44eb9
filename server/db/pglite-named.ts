import { parse, protocol, type PGlite } from '@electric-sql/pglite';
import type { NamedStatement } from './database';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

/** What the database said of a statement when it was parsed: its parameters' types and its rows' shape. */
interface Prepared {
  parameterTypes: number[];
  rowDescription: BackendMessage | undefined;
}

const BYTEA = 17;

/**
 * Runs named statements on PGlite in one protocol message per call (Bind, Execute, Sync), where
 * `PGlite.query` sends six (Parse, Describe, Bind, Describe, Execute, Sync), each a pass through
 * the WebAssembly's main loop and its own parse and plan of the text; the statement is parsed
 * once, the first time. Bytes are bound in binary rather than as hex text, which PGlite writes
 * into the message a character at a time and PostgreSQL then decodes.
 */
export function pgliteNamedStatements(pglite: PGlite) {
  const prepared = new Map<string, Prepared>();

  async function prepare(statement: NamedStatement): Promise<Prepared> {
    const known = prepared.get(statement.name);
    if (known !== undefined) return known;
    const messages = await pglite.execProtocolStream(
      concat([
        protocol.serialize.parse({ name: statement.name, text: statement.text }),
        protocol.serialize.describe({ type: 'S', name: statement.name }),
        protocol.serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const entry = {
      parameterTypes: parse.parseDescribeStatementResults(messages),
      rowDescription: messages.find((message) => message.name === 'rowDescription'),
    };
    prepared.set(statement.name, entry);
    return entry;
  }

  function bindValue(value: unknown, type: number | undefined) {
    if (value === null || value === undefined) return null;
    if (type === BYTEA && value instanceof Uint8Array) return value;
    const serialize = type === undefined ? undefined : pglite.serializers[type];
    return serialize === undefined ? String(value) : serialize(value);
  }

  /** Runs `statement` with `params` and answers its rows, parsed as `PGlite.query` parses them. */
  return async function queryNamed<Row>(
    statement: NamedStatement,
    params: readonly unknown[],
  ): Promise<Row[]> {
    await pglite._checkReady();
    // The same locks as `PGlite.query`: never inside another caller's transaction.
    return pglite._runExclusiveTransaction(() =>
      pglite._runExclusiveQuery(async () => {
        const { parameterTypes, rowDescription } = await prepare(statement);
        const values = params.map((value, i) => bindValue(value, parameterTypes[i]));
        const messages = await pglite.execProtocolStream(
          concat([
            protocol.serialize.bind({ statement: statement.name, values }),
            protocol.serialize.execute({}),
            protocol.serialize.sync(),
          ]),
        );
        const described = rowDescription === undefined ? messages : [rowDescription, ...messages];
        return (parse.parseResults(described, pglite.parsers)[0]?.rows ?? []) as Row[];
      }),
    );
  };
}

const concat = (parts: readonly Uint8Array[]) => Buffer.concat(parts);
