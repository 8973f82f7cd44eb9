import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { api } from '../api';
import { useErrorText } from '../use-error-text';
import { OfficeError } from '../OfficeError';

/** One line of the audit log. */
interface AuditItem {
  id: number;
  at: string;
  actor: string | null;
  branch: string | null;
  action: string;
  target: string | null;
  outcome: 'done' | 'refused';
  address: string;
}

/** The audit log for an admin: who did what, when and from where, newest first, older pages on demand. */
export function AuditScreen() {
  const { t, instant } = useI18n();
  const errorText = useErrorText();
  const [items, setItems] = useState<AuditItem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const load = useCallback(
    (before: number | null) => {
      api<{ items: AuditItem[]; next: number | null }>(
        'GET',
        `/audit?limit=50${before ? `&before=${before}` : ''}`,
      ).then(
        (page) => {
          setItems((shown) => (before ? [...shown, ...page.items] : page.items));
          setNext(page.next);
        },
        (refused: unknown) => setError(errorText(refused)),
      );
    },
    // errorText is remade each render; the first page loads once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  useEffect(() => load(null), [load]);
  return (
    <section aria-labelledby="audit-h">
      <h1 id="audit-h" tabIndex={-1}>
        {t('office.audit.title')}
      </h1>
      <OfficeError text={error} />
      <div className="office-table-wrap">
        <table className="office-table" data-testid="audit">
          <thead>
            <tr>
              <th scope="col">{t('office.audit.col.when')}</th>
              <th scope="col">{t('office.audit.col.who')}</th>
              <th scope="col">{t('office.audit.col.what')}</th>
              <th scope="col">{t('office.audit.col.where')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.outcome === 'refused' ? 'office-refused' : ''}>
                <td>{instant(item.at, zone)}</td>
                <td>
                  {item.actor ?? t('office.audit.anonymous')}
                  {item.branch ? ` (${item.branch})` : ''}
                </td>
                <td>
                  {item.action}
                  {item.target ? ` · ${item.target}` : ''}
                  {item.outcome === 'refused' ? ` · ${t('office.audit.refused')}` : ''}
                </td>
                <td>{item.address}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next && (
        <button type="button" className="btn btn-wide" onClick={() => load(next)}>
          {t('office.audit.more')}
        </button>
      )}
    </section>
  );
}
