import { statementJsonSchema } from '../domain/statement';
import { EXIT, type CommandResult } from './output';

/** `schema`: prints the JSON Schema of the statement file (committed as docs/statement.schema.json). */
export async function schemaCommand(): Promise<CommandResult> {
  return { output: statementJsonSchema(), exitCode: EXIT.ok };
}
