import { useI18n } from '../../i18n/I18nProvider';
import { OfficeError } from '../OfficeError';
import { OfficeSection } from '../OfficeSection';
import { usePagedList } from '../use-paged-list';

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
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { items, next, error, load } = usePagedList<AuditItem, number>(
    (before) => `/audit?limit=50${before ? `&before=${before}` : ''}`,
    'audit',
  );
  return (
    <OfficeSection id="audit" title={t('office.audit.title')}>
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
            {items?.map((item) => (
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
    </OfficeSection>
  );
}
