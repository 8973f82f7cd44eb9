import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireOfficer } from '../auth/officer';
import type { ServerContext } from '../context';
import { memberNumberSchema } from '../schemas';
import { statementsCsv } from '../statements/export';
import { statementsXlsx } from '../statements/export-xlsx';
import { listStatements, type StatementItem } from '../statements/listing';

/** The most statements one export holds: a branch's year and more. */
const EXPORT_MAX = 10_000;
const PAGE = 200;

const exportQuery = z.strictObject({
  status: z.enum(['genuine', 'altered']).optional(),
  member: memberNumberSchema.optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `GET /api/v1/statements/export?format=csv|xlsx` (officer): the branch's list, filtered as the screen is. */
export function statementExportRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/statements/export', async (request, reply) => {
    const officer = await requireOfficer(ctx, request, { changes: false });
    const { format, ...filters } = exportQuery.parse(request.query);
    const items: StatementItem[] = [];
    let cursor: { receivedAt: string; id: string } | undefined;
    do {
      const page = await listStatements(ctx.db, officer, { ...filters, limit: PAGE, cursor });
      items.push(...page.items);
      const last = page.items.at(-1);
      cursor = page.next && last ? { receivedAt: last.receivedAt, id: last.id } : undefined;
    } while (cursor && items.length < EXPORT_MAX);
    if (format === 'xlsx')
      return reply
        .header('Content-Type', XLSX_TYPE)
        .header('Content-Disposition', 'attachment; filename="laporan-cabang.xlsx"')
        .send(await statementsXlsx(items.slice(0, EXPORT_MAX)));
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="laporan-cabang.csv"')
      .send(statementsCsv(items.slice(0, EXPORT_MAX)));
  });
}
