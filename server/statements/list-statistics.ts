import type { FastifyBaseLogger } from 'fastify';
import type { ServerContext } from '../context';
import { refreshStatisticsIfGrown } from '../db/statistics';

/**
 * After a statement is filed: the branch list's statistics gathered again when the table has
 * outgrown them, before the answer, so the officer's next page is planned on the list's indexes.
 * A failure here is logged and leaves the filing as it is.
 */
export async function keepListStatistics(ctx: ServerContext, log: FastifyBaseLogger): Promise<void> {
  try {
    await refreshStatisticsIfGrown(ctx.db, 'statements');
  } catch (error) {
    log.warn({ err: error }, 'statistics failed');
  }
}
