import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { OfferCard } from '../../ui/OfferCard';
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
    <OfferCard
      title={t('lock.offer.title')}
      text={t('lock.offer.text')}
      action={{ href: routes.settings, label: t('lock.offer.set') }}
      later={{
        label: t('lock.offer.dismiss'),
        onClick: () => {
          localStorage.setItem(DISMISSED_KEY, '1');
          setHidden(true);
        },
      }}
    />
  );
}
