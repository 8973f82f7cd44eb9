import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { checkRollups, entryCount, verifyBookChain } from '../../storage';
import { useSession } from '../session/SessionContext';

/** Re-checks the current book: its history's hash chain and its summaries against the entries. */
export function CheckCard() {
  const { db, book } = useSession();
  const { t } = useI18n();
  const [result, setResult] = useState<string | null>(null);
  const run = async () => {
    const [breaks, mismatches, entries] = await Promise.all([
      verifyBookChain(db, book.id),
      checkRollups(db, book.id),
      entryCount(db, book.id),
    ]);
    setResult(
      breaks.length + mismatches.length === 0
        ? t('data.check.ok', { entries })
        : t('data.check.broken', { breaks: breaks.length, mismatches: mismatches.length }),
    );
  };
  return (
    <section className="card" aria-labelledby="check-h">
      <h2 id="check-h">{t('data.check.title')}</h2>
      {result && (
        <p role="status" data-testid="book-check">
          {result}
        </p>
      )}
      <button type="button" className="btn btn-wide" onClick={() => void run()}>
        {t('data.check.run')}
      </button>
    </section>
  );
}
