import { useId, useState } from 'react';
import type { AgingBuckets } from '../../domain/credit/aging';
import type { CreditSide } from '../../domain/credit/records';
import type { MessageKey } from '../../i18n/id';
import { useI18n } from '../../i18n/I18nProvider';
import type { CreditOverview } from '../../storage/lazy';
import { Money } from '../../ui/Money';
import { LineToggle } from './LineToggle';

/** The age groups, youngest first, with their words. */
const BUCKETS: readonly { key: keyof AgingBuckets; label: MessageKey }[] = [
  { key: 'notDue', label: 'statementCredit.notDue' },
  { key: 'days1to30', label: 'statementCredit.days1to30' },
  { key: 'days31to60', label: 'statementCredit.days31to60' },
  { key: 'days61to90', label: 'statementCredit.days61to90' },
  { key: 'over90', label: 'statementCredit.over90' },
];

/** Piutang and utang by age at the neraca's day; each age group opens to the contacts in it. */
export function AgingSection({ overview }: { overview: CreditOverview }) {
  const { t, date } = useI18n();
  return (
    <section className="card report-section" aria-labelledby="aging-h">
      <h2 id="aging-h">{t('aging.title')}</h2>
      <p className="help">
        {t('statementCredit.positionAt', { date: date(overview.date) })} · {t('aging.help')}
      </p>
      {(['receivable', 'payable'] as const).map((side) => (
        <AgingSide key={side} side={side} overview={overview} />
      ))}
    </section>
  );
}

function AgingSide({ side, overview }: { side: CreditSide; overview: CreditOverview }) {
  const { t } = useI18n();
  const summary = overview[side];
  return (
    <>
      <h3>{side === 'receivable' ? t('aging.receivable') : t('aging.payable')}</h3>
      {summary.total === 0 ? (
        <p className="help" data-testid={`aging-${side}-none`}>
          {t('aging.none')}
        </p>
      ) : (
        <ul className="pl-lines">
          {BUCKETS.map((bucket) => (
            <AgingBucket key={bucket.key} side={side} bucket={bucket} overview={overview} />
          ))}
          <li className="pl-line pl-subtotal">
            <div className="pl-fixed">
              <span className="pl-label">
                {t('aging.total')} · {t('statementCredit.contacts', { count: summary.contacts })}
              </span>
              <span className="pl-amount" data-testid={`aging-${side}-total`}>
                <Money value={summary.total} />
              </span>
            </div>
          </li>
        </ul>
      )}
    </>
  );
}

function AgingBucket(props: {
  side: CreditSide;
  bucket: (typeof BUCKETS)[number];
  overview: CreditOverview;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { side, bucket } = props;
  const amount = props.overview[side].aging[bucket.key];
  const contacts = props.overview.contacts
    .map((s) => ({ contact: s.contact, amount: s[side].aging[bucket.key] }))
    .filter((c) => c.amount > 0)
    .sort((a, b) => b.amount - a.amount);
  const figure = (
    <>
      <span className="pl-label">{t(bucket.label)}</span>
      <span className="pl-amount" data-testid={`aging-${side}-${bucket.key}`}>
        <Money value={amount} />
      </span>
    </>
  );
  if (contacts.length === 0)
    return (
      <li className="pl-line">
        <div className="pl-fixed">{figure}</div>
      </li>
    );
  return (
    <li className="pl-line">
      <LineToggle open={open} onToggle={() => setOpen((o) => !o)} controls={listId}>
        {figure}
      </LineToggle>
      {open && (
        <ul id={listId} className="pl-categories">
          {contacts.map((c) => (
            <li key={c.contact.id} className="pl-category">
              <div className="pl-fixed">
                <span className="pl-label">{c.contact.name}</span>
                <span className="pl-amount">
                  <Money value={c.amount} />
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
