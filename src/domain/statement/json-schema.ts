import { z } from '../zod';
import { STATEMENT_FORMAT, statementFileSchema } from './schema';

/** The JSON Schema (draft 2020-12) of a statement file, generated from the zod schema. */
export function statementJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(statementFileSchema),
    title: `Lumbung statement file (${STATEMENT_FORMAT})`,
    description:
      'See docs/statement-format.md. Generated from src/domain/statement/schema.ts by `npm run -s lumbung -- schema`.',
  };
}
