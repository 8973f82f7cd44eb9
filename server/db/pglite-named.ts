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

  function bindValue(value: unknown, type: number | undefined): string | Uint8Array | null {
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
        const messages = await pglite.execProtocolStream(bindAndRun(statement.name, values));
        const described = rowDescription === undefined ? messages : [rowDescription, ...messages];
        return (parse.parseResults(described, pglite.parsers)[0]?.rows ?? []) as Row[];
      }),
    );
  };
}

const concat = (parts: readonly Uint8Array[]) => Buffer.concat(parts);

const EXECUTE_AND_SYNC = concat([protocol.serialize.execute({}), protocol.serialize.sync()]);

/**
 * Bind (text or, for bytes, binary parameters; text results), Execute and Sync as one message,
 * written straight into one buffer: PGlite's writer grows its buffer and copies each value twice.
 */
function bindAndRun(statement: string, values: readonly (string | Uint8Array | null)[]): Buffer {
  const texts = values.map((value) => (typeof value === 'string' ? Buffer.byteLength(value) : 0));
  let length = 4 + 1 + Buffer.byteLength(statement) + 1 + 2 + 2 * values.length + 2 + 2;
  values.forEach((value, i) => {
    length += 4 + (value instanceof Uint8Array ? value.byteLength : (texts[i] ?? 0));
  });
  const message = Buffer.allocUnsafe(1 + length + EXECUTE_AND_SYNC.length);
  let at = message.writeUInt8(0x42, 0); // 'B'
  at = message.writeInt32BE(length, at);
  at = message.writeUInt8(0, at); // the unnamed portal
  at += message.write(statement, at);
  at = message.writeUInt8(0, at);
  at = message.writeInt16BE(values.length, at);
  for (const value of values) at = message.writeInt16BE(value instanceof Uint8Array ? 1 : 0, at);
  at = message.writeInt16BE(values.length, at);
  values.forEach((value, i) => {
    if (value === null) {
      at = message.writeInt32BE(-1, at);
    } else if (typeof value === 'string') {
      at = message.writeInt32BE(texts[i] ?? 0, at);
      at += message.write(value, at);
    } else {
      at = message.writeInt32BE(value.byteLength, at);
      message.set(value, at);
      at += value.byteLength;
    }
  });
  at = message.writeInt16BE(0, at); // every result column as text
  message.set(EXECUTE_AND_SYNC, at);
  return message;
}
