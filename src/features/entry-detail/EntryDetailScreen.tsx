import { useLiveQuery } from 'dexie-react-hooks';
import { formatRupiah } from '../../domain/money';
import { entryHistory, getEntry, listAccounts, listCategories, voidEntry } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { VoidNotice } from './VoidNotice';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { HistoryList } from './HistoryList';
import { VoidForm } from './VoidForm';
import './detail.css';
import { MissingRecord } from '../../ui/MissingRecord';
import { LazyEntryPhotoCard } from '../photo/LazyEntryPhotoCard';
import { useProblemText } from '../form/use-problem-text';
import { LazyEntryCreditCard } from '../credit/LazyEntryCreditCard';
import { entryRefusalText } from './entry-refusal';

/** One entry: its fields, edit and void, and its full history. */
export function EntryDetailScreen({ id }: { id: string }) {
  const { db, book } = useSession();
  const { t, date, instant } = useI18n();
  const refusal = useProblemText();
  const toast = useToast();
  const data = useLiveQuery(async () => {
    const [entry, history, categories, accounts] = await Promise.all([
      getEntry(db, id),
      entryHistory(db, id),
      listCategories(db, book.id),
      listAccounts(db, book.id),
    ]);
    const names = new Map([...categories, ...accounts].map((x) => [x.id, x.name]));
    return { entry: entry?.bookId === book.id ? entry : undefined, history, names };
  }, [db, book.id, id]);
  const header = (
    <ScreenHeader title={t('detail.title')} backHref={routes.ledger} backLabel={t('nav.back')} />
  );
  if (!data) return header;
  const { entry, history, names } = data;
  if (!entry) return <MissingRecord header={header} message={t('detail.notFound')} />;
  const sign = entry.direction === 'in' ? 1 : -1;
  return (
    <>
      {header}
      <main className="screen detail">
        <section className={`card${entry.voided ? ' voided' : ''}`}>
          <p className="big-figure">
            <Money value={sign * entry.amount} signed={!entry.voided} />
          </p>
          {entry.voided && <VoidNotice reason={entry.voidReason} />}
          <dl className="facts">
            <dt>{t('entry.category')}</dt>
            <dd>{names.get(entry.categoryId)}</dd>
            <dt>{t('entry.account')}</dt>
            <dd>{names.get(entry.accountId)}</dd>
            <dt>{t('entry.date')}</dt>
            <dd>{date(entry.date, 'dayLong')}</dd>
            {entry.note && (
              <>
                <dt>{t('entry.note')}</dt>
                <dd>{entry.note}</dd>
              </>
            )}
            {entry.counterparty && (
              <>
                <dt>{t('entry.counterparty')}</dt>
                <dd>{entry.counterparty}</dd>
              </>
            )}
          </dl>
          <p className="help">
            {t('detail.recordedAt', { when: instant(entry.recordedAt, book.timeZone) })} ·{' '}
            {t(entry.source === 'import' ? 'detail.source.import' : 'detail.source.app')}
          </p>
        </section>
        <LazyEntryCreditCard entry={entry} />
        {!entry.voided && (
          <div className="stack">
            <a className="btn btn-primary btn-wide" href={routes.editEntry(entry.id)}>
              {t('detail.edit')}
            </a>
            <VoidForm
              onVoid={async (reason) => {
                const done = await voidEntry(db, entry.id, reason);
                if (!done.ok) return entryRefusalText(done.errors, refusal, t);
                toast.show(`${t('detail.history.void')}: ${formatRupiah(entry.amount)}`);
                return null;
              }}
            />
          </div>
        )}
        <LazyEntryPhotoCard entryId={entry.id} bookId={book.id} />
        <section className="card" aria-labelledby="history-h">
          <h2 id="history-h">{t('detail.history')}</h2>
          <HistoryList revisions={history} names={names} timeZone={book.timeZone} />
        </section>
      </main>
    </>
  );
}
