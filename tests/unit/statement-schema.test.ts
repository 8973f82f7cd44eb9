import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATEMENT_FORMAT, statementJsonSchema } from '../../src/domain/statement';

describe('docs/statement.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (regenerate: npm run -s lumbung -- schema)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../docs/statement.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(statementJsonSchema());
  });

  it('requires exactly the envelope members and pins the format, /1 or /2', () => {
    const schema = statementJsonSchema() as {
      anyOf: {
        required: string[];
        additionalProperties: boolean;
        properties: { format: { const: string } };
      }[];
    };
    for (const envelope of schema.anyOf) {
      expect(envelope.required).toEqual(['format', 'statement', 'signature']);
      expect(envelope.additionalProperties).toBe(false);
    }
    expect(schema.anyOf.map((e) => e.properties.format.const)).toEqual([
      STATEMENT_FORMAT,
      'lumbung.statement/2',
    ]);
  });
});
