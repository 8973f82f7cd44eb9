import type { ServerContext } from '../context';

/** Removes audit lines older than the configured retention; answers how many went. */
export async function pruneAudit(ctx: Pick<ServerContext, 'db' | 'config'>): Promise<number> {
  const removed = await ctx.db.query(
    `DELETE FROM audit_log WHERE at < now() - make_interval(days => $1) RETURNING id`,
    [ctx.config.auditRetentionDays],
  );
  return removed.length;
}
