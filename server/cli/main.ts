import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readConfig } from '../config';
import type { ServerContext } from '../context';
import { openDatabase } from '../db/open';
import { issueEnrolment } from '../enrolments';
import { loadKeys } from '../keys';
import { addOfficer } from '../officers';
import {
  branchSchema,
  memberNameSchema,
  memberNumberSchema,
  newPasswordSchema,
  roleSchema,
  usernameSchema,
} from '../schemas';
import { CLI_MESSAGES, cliSay, type CliMessage } from './messages';

/** What a server command hands back to the command line: the JSON to print and the exit code. */
export interface ServerCommandResult {
  output: unknown;
  exitCode: number;
}

const refuse = (key: CliMessage, params?: Record<string, string>): ServerCommandResult => ({
  output: { ok: false, errors: [{ code: `server.${key}`, message: cliSay(key, params) }] },
  exitCode: 2,
});

/** Options checked by a schema, or the refusal that names the first wrong one. */
function checked<Shape extends z.ZodRawShape>(
  shape: Shape,
  values: Record<string, unknown>,
): { ok: true; value: z.infer<z.ZodObject<Shape>> } | { ok: false; result: ServerCommandResult } {
  const parsed = z.object(shape).safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  return { ok: false, result: refuse(field in CLI_MESSAGES ? (field as CliMessage) : 'usage') };
}

/** Runs `work` against the configured, migrated database with the server's secrets, then closes it. */
async function withServer<T>(work: (ctx: ServerContext) => Promise<T>): Promise<T> {
  const config = readConfig();
  const keys = await loadKeys(config);
  const db = await openDatabase(config);
  try {
    return await work({ config, keys, db });
  } finally {
    await db.close();
  }
}

/** `officer add --username U --branch B --role officer|admin`, the password as one line of standard input. */
async function officerAdd(values: Record<string, string | undefined>): Promise<ServerCommandResult> {
  const password = (await text(process.stdin)).split(/\r?\n/)[0];
  const options = checked(
    { username: usernameSchema, branch: branchSchema, role: roleSchema, password: newPasswordSchema },
    { ...values, password },
  );
  if (!options.ok) return options.result;
  const officer = options.value;
  if (!(await withServer(({ db }) => addOfficer(db, officer)))) return { ...refuse('exists'), exitCode: 1 };
  return {
    output: { ok: true, username: officer.username, branch: officer.branch, role: officer.role },
    exitCode: 0,
  };
}

/** `enrol --member M --name N [--branch B]`: a one-time code for the member's device. */
async function enrol(values: Record<string, string | undefined>): Promise<ServerCommandResult> {
  const options = checked(
    { member: memberNumberSchema, name: memberNameSchema, branch: branchSchema.optional() },
    values,
  );
  if (!options.ok) return options.result;
  const { member: memberNumber, name: memberName, branch } = options.value;
  return withServer(async (ctx) => {
    const [member] = await ctx.db.query<{ branch: string }>(
      'SELECT branch FROM members WHERE member_number = $1',
      [memberNumber],
    );
    const home = branch ?? member?.branch;
    if (home === undefined) return refuse('newMember');
    const issuer = { username: null, role: 'admin' as const, branch: home };
    const issued = await issueEnrolment(ctx, issuer, { memberNumber, memberName });
    return { output: { ok: true, memberNumber, ...issued }, exitCode: 0 };
  });
}

/** The `server …` verbs of the command line. */
export async function serverCommand(args: string[]): Promise<ServerCommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        username: { type: 'string' },
        branch: { type: 'string' },
        role: { type: 'string' },
        member: { type: 'string' },
        name: { type: 'string' },
      },
    });
  } catch (error) {
    return refuse('option', { detail: (error as Error).message });
  }
  const verb = parsed.positionals.join(' ');
  if (verb === 'officer add') return officerAdd(parsed.values);
  if (verb === 'enrol') return enrol(parsed.values);
  return refuse('usage');
}
