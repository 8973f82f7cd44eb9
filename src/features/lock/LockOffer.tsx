import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { routes } from '../routes';
import { readLock, subscribeLock } from './lock-store';

const DISMISSED_KEY = 'lumbung.lock.offerDismissed';
/** The offer waits for a week of use: a new member first learns the book, then guards it. */
const OFFER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

const dismissed = (): boolean => {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return true;
  }
};

/** A gentle card on Home offering the PIN, from a week after the book began, until set or dismissed. */
export function LockOffer({ bookCreatedAt }: { bookCreatedAt: string }) {
  const { t } = useI18n();
  const lock = useSyncExternalStore(subscribeLock, readLock);
  const [hidden, setHidden] = useState(dismissed);
  const [now] = useState(() => Date.now());
  if (lock || hidden || now - Date.parse(bookCreatedAt) < OFFER_AFTER_MS) return null;
  return (
    <section className="card" aria-labelledby="lock-offer-h">
      <h2 id="lock-offer-h">{t('lock.offer.title')}</h2>
      <p>{t('lock.offer.text')}</p>
      <div className="row-actions">
        <a className="btn btn-primary" href={routes.settings}>
          {t('lock.offer.set')}
        </a>
        <button
          type="button"
          className="btn"
          onClick={() => {
            localStorage.setItem(DISMISSED_KEY, '1');
            setHidden(true);
          }}
        >
          {t('lock.offer.dismiss')}
        </button>
      </div>
    </section>
  );
}
