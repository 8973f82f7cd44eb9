import { z } from '../zod';
import { compactStatementSchema } from './compact-schema';
import { CREDIT_STATEMENT_FORMAT, creditStatementFileSchema } from './credit-schema';
import { STATEMENT_FORMAT, statementFileSchema, statementSchema } from './schema';

/** The JSON Schema (draft 2020-12) of a statement file of either format and form, generated from the zod schemas. */
export function statementJsonSchema(): Record<string, unknown> {
  const either = statementFileSchema.extend({
    statement: z
      .union([statementSchema, compactStatementSchema])
      .describe('the full form, or (500 rows or more) the compact form: rows as tables, names in codes'),
  });
  return {
    ...z.toJSONSchema(z.union([either, creditStatementFileSchema])),
    title: `Lumbung statement file (${STATEMENT_FORMAT} or ${CREDIT_STATEMENT_FORMAT})`,
    description:
      'See docs/statement-format.md. Generated from src/domain/statement/schema.ts, compact-schema.ts and credit-schema.ts by `npm run -s lumbung -- schema`.',
  };
}
