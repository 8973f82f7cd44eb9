import type { Id } from '../../domain/model';
import { ok, type Result } from '../../domain/result';
import { receiptsAnswerSchema } from '../../domain/sync/answers';
import { MAX_PUSH_REVISIONS } from '../../domain/sync/wire';
import { callServer, type ServerCallProblem } from './server-calls';
import type { ServerClient } from './server-client';

/**
 * Every receipt the server gives again for a book's pushes, page after page, so a restored phone
 * holds them before its first push. A server without the route (`route.notFound`) gives none.
 */
export async function pullReceipts(
  client: ServerClient,
  bookId: Id,
): Promise<Result<string[], ServerCallProblem>> {
  const receipts: string[] = [];
  let after = 0;
  for (;;) {
    const path = `/books/${bookId}/receipts?after=${after}&limit=${MAX_PUSH_REVISIONS}`;
    const page = await callServer(client, 'GET', path, receiptsAnswerSchema);
    if (!page.ok) return page.errors[0]?.params?.server === 'route.notFound' ? ok([]) : page;
    receipts.push(...page.value.receipts);
    const { next } = page.value;
    if (next === null || next <= after) return ok(receipts);
    after = next;
  }
}
