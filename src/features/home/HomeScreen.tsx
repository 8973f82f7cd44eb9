import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { subscribeWriteStamp, writesSeen } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';
import { LazyHomeDebts } from '../credit/LazyHomeDebts';
import { BackupReminder } from '../data/BackupReminder';
import { EntryRow } from '../ledger/EntryRow';
import { LockOffer } from '../lock/LockOffer';
import { NudgeCheck } from '../nudge/NudgeCheck';
import { keepFirstScreen } from './first-screen';
import { readHome } from './home-reads';
import { forgetWarmHome, peekWarmHome } from './warm-home';
import { OutsideProfit } from './OutsideProfit';
import { routes } from '../routes';
import { LazyHomeStockCard } from '../stock/lazy-screens';
import { useSession } from '../session/SessionContext';
import './home.css';
import { SyncStatusLine } from '../sync/SyncStatusLine';

/** Today's and this month's figures, balances, the latest entries and the two big actions. */
export function HomeScreen() {
  const { db, book, today } = useSession();
  const { t, date } = useI18n();
  // Any write, even one these figures do not read (a setting), reads them again: the screen kept
  // for the next visit is then kept with the stamp that write left.
  const written = useSyncExternalStore(subscribeWriteStamp, writesSeen);
  // Figures read while the lock screen waited are shown at once; the live read then follows.
  const [warm] = useState(() => peekWarmHome(book.id, today));
  useEffect(forgetWarmHome, []);
  const data = useLiveQuery(() => readHome(db, book.id, today), [db, book.id, today, written], warm);
  const stamp = data?.stamp;
  useEffect(() => {
    if (stamp !== undefined) return keepFirstScreen({ stamp, today, timeZone: book.timeZone });
  }, [data, stamp, today, book.timeZone]);

  return (
    <main className="screen home" aria-busy={data ? undefined : true}>
      <header className="home-header">
        <p className="home-book">{book.name}</p>
        <p className="home-date">{date(today, 'dayLong')}</p>
      </header>
      {data && (
        <>
          {/* Mounted once the figures are in: their reads must not queue before the day's figures. */}
          <BackupReminder />
          <LockOffer bookCreatedAt={book.createdAt} />
          <NudgeCheck />
          <SyncStatusLine />
          <LazyHomeStockCard />
          <section className="card today" aria-labelledby="today-h">
            <h2 id="today-h">{t('home.today')}</h2>
            <dl className="figures">
              <div>
                <dt>{t('home.income')}</dt>
                <dd data-testid="today-in">
                  <Money value={data.summary.today.income} />
                </dd>
              </div>
              <div>
                <dt>{t('home.costs')}</dt>
                <dd data-testid="today-out">
                  <Money value={data.summary.today.costs} />
                </dd>
              </div>
              <div className="wide">
                <dt>{t('home.profitToday')}</dt>
                <dd data-testid="today-profit">
                  <Money value={data.summary.today.netProfit} signed />
                </dd>
              </div>
            </dl>
            <OutsideProfit figures={data.summary.today} />
            {data.summary.today.count === 0 && <p className="reminder">{t('home.reminder')}</p>}
          </section>
          <section className="card" aria-labelledby="month-h">
            <h2 id="month-h">{t('home.profitMonth')}</h2>
            <p className="big-figure" data-testid="month-profit">
              <Money value={data.summary.month.netProfit} signed />
            </p>
            <p className="help">{t('home.profitMonth.help')}</p>
            <a className="link" href={routes.statement}>
              {t('statement.link')}
            </a>
          </section>
          <LazyHomeDebts />
          <section className="card" aria-labelledby="balance-h">
            <h2 id="balance-h">{t('home.balance')}</h2>
            <ul className="balances">
              {data.summary.balances.map((b) => (
                <li key={b.accountId}>
                  <span>{b.name}</span>
                  <Money value={b.balance} />
                </li>
              ))}
              <li className="total">
                <span>{t('home.balanceTotal')}</span>
                <span data-testid="balance-total">
                  <Money value={data.summary.total} />
                </span>
              </li>
            </ul>
            <a className="link" href={routes.transfer}>
              {t('home.transfer')}
            </a>
          </section>
          <section className="card" aria-labelledby="recent-h">
            <h2 id="recent-h">{t('home.recent')}</h2>
            {data.recent.length === 0 ? (
              <p className="help">{t('home.empty')}</p>
            ) : (
              <ul className="entry-list">
                {data.recent.map((e) => (
                  <EntryRow
                    key={e.id}
                    entry={e}
                    categoryName={data.categoryName.get(e.categoryId) ?? ''}
                    accountName={data.accountName.get(e.accountId) ?? ''}
                  />
                ))}
              </ul>
            )}
            <a className="link" href={routes.ledger}>
              {t('home.seeAll')}
            </a>
          </section>
        </>
      )}
      <div className="quick-actions">
        <a className="btn btn-big btn-in" href={routes.newEntry('in')}>
          {t('home.moneyIn')}
        </a>
        <a className="btn btn-big btn-out" href={routes.newEntry('out')}>
          {t('home.moneyOut')}
        </a>
      </div>
    </main>
  );
}
