import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { SignedStatement } from '../../domain/statement/documents';
import { useI18n } from '../../i18n/I18nProvider';
import { loadMessages } from '../../i18n/translate';
import { getSyncLink } from '../../storage';
import { useSession } from '../session/SessionContext';
import { sendStatement, type StatementSent } from './send-statement';

/** The verdict as the officer's screen words it. */
const VERDICT = { genuine: 'ASLI', altered: 'DIUBAH' } as const;

/**
 * Kirim ke koperasi, beside sharing the files: for a book that syncs, sends the signed statement
 * straight to the cooperative's server with its witness evidence, and says what the server found.
 */
export function SendToCooperative({ signed }: { signed: SignedStatement }) {
  const { db, book } = useSession();
  const { t, problem } = useI18n();
  const link = useLiveQuery(() => getSyncLink(db, book.id).then((l) => l ?? null), [db, book.id]);
  const [busy, setBusy] = useState(false);
  // Kept with the statement it answers, so a statement made again shows no earlier answer.
  const [answer, setAnswer] = useState<{ to: SignedStatement; sent: StatementSent } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [worded, setWorded] = useState(false);
  useEffect(() => void loadMessages('data').then(() => setWorded(true)), []);
  if (!link || !worded) return null;
  const sent = answer?.to === signed ? answer.sent : null;
  const send = async () => {
    setBusy(true);
    setError(null);
    const result = await sendStatement(db, book.id, signed);
    setBusy(false);
    if (result.ok) setAnswer({ to: signed, sent: result.value });
    else setError(result.errors.map(problem).join(' '));
  };
  return (
    <div className="send-cooperative">
      <button type="button" className="btn btn-primary btn-wide" disabled={busy} onClick={() => void send()}>
        {busy ? t('sync.send.sending') : t('sync.send.button')}
      </button>
      {sent && (
        <p role="status" data-testid="statement-sent">
          {t('sync.send.done', {
            verdict: VERDICT[sent.verdict],
            witnessed: sent.witnessed.total - sent.witnessed.never,
            total: sent.witnessed.total,
          })}
          {!sent.withEvidence && ` ${t('sync.send.noEvidence')}`}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
