import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { editTransfer, entryHistory, getTransfer, listAccounts, voidTransfer } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { HistoryList } from '../entry-detail/HistoryList';
import { VoidForm } from '../entry-detail/VoidForm';
import { VoidNotice } from '../entry-detail/VoidNotice';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { TransferForm } from './TransferForm';
import { useOpenAccounts } from './use-open-accounts';
import { MissingRecord } from '../../ui/MissingRecord';

/** One transfer: its fields, edit and void, and its history. */
export function TransferDetailScreen({ id }: { id: string }) {
  const { db, book } = useSession();
  const { t, date, problem } = useI18n();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const data = useLiveQuery(async () => {
    const [transfer, history, accounts] = await Promise.all([
      getTransfer(db, id),
      entryHistory(db, id),
      listAccounts(db, book.id),
    ]);
    return {
      transfer: transfer?.bookId === book.id ? transfer : null,
      history,
      names: new Map(accounts.map((a) => [a.id, a.name])),
    };
  }, [db, book.id, id]);
  const transfer = data?.transfer;
  const accounts = useOpenAccounts(transfer ? [transfer.fromAccountId, transfer.toAccountId] : []);
  const header = (
    <ScreenHeader
      title={t(editing ? 'transfer.edit.title' : 'transfer.detail.title')}
      backHref={routes.ledger}
      backLabel={t('nav.back')}
    />
  );
  if (!data || !accounts) return header;
  if (!transfer) return <MissingRecord header={header} message={t('detail.notFound')} />;
  if (editing)
    return (
      <>
        {header}
        <main className="screen">
          <TransferForm
            initial={{
              digits: String(transfer.amount),
              fromAccountId: transfer.fromAccountId,
              toAccountId: transfer.toAccountId,
              date: transfer.date,
              note: transfer.note,
            }}
            accounts={accounts}
            askReason
            onSubmit={async (fields, reason) => {
              const saved = await editTransfer(db, transfer.id, fields, reason || undefined);
              if (!saved.ok) return saved.errors.map(problem).join(' ');
              toast.show(t('detail.history.edit'));
              setEditing(false);
              return null;
            }}
          />
        </main>
      </>
    );
  return (
    <>
      {header}
      <main className="screen detail">
        <section className={`card${transfer.voided ? ' voided' : ''}`}>
          <p className="big-figure">
            <Money value={transfer.amount} />
          </p>
          <p>
            {t('transfer.label', {
              from: data.names.get(transfer.fromAccountId) ?? '',
              to: data.names.get(transfer.toAccountId) ?? '',
            })}
          </p>
          <p>{date(transfer.date, 'dayLong')}</p>
          {transfer.note && <p>{transfer.note}</p>}
          {transfer.voided && <VoidNotice reason={transfer.voidReason} />}
        </section>
        {!transfer.voided && (
          <div className="stack">
            <button type="button" className="btn btn-primary btn-wide" onClick={() => setEditing(true)}>
              {t('detail.edit')}
            </button>
            <VoidForm
              onVoid={async (reason) => {
                const done = await voidTransfer(db, transfer.id, reason);
                return done.ok ? null : done.errors.map(problem).join(' ');
              }}
            />
          </div>
        )}
        <section className="card" aria-labelledby="history-h">
          <h2 id="history-h">{t('detail.history')}</h2>
          <HistoryList revisions={data.history} names={data.names} timeZone={book.timeZone} />
        </section>
      </main>
    </>
  );
}
