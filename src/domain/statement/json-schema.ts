import { z } from '../zod';
import { CREDIT_STATEMENT_FORMAT, creditStatementFileSchema } from './credit-schema';
import { STATEMENT_FORMAT, statementFileSchema } from './schema';

/** The JSON Schema (draft 2020-12) of a statement file of either format, generated from the zod schemas. */
export function statementJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.union([statementFileSchema, creditStatementFileSchema])),
    title: `Lumbung statement file (${STATEMENT_FORMAT} or ${CREDIT_STATEMENT_FORMAT})`,
    description:
      'See docs/statement-format.md. Generated from src/domain/statement/schema.ts and credit-schema.ts by `npm run -s lumbung -- schema`.',
  };
}
