import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/SelectField';
import { MemberNumberField } from '../members/MemberNumberField';
import { OfficeError } from '../OfficeError';
import { OfficeSection } from '../OfficeSection';
import { usePagedList } from '../use-paged-list';
import { StatementRows } from './StatementRows';
import type { StatementItem } from './types';
import { UploadForm } from './UploadForm';

type Status = '' | 'genuine' | 'altered';

/** The query of a page of the list, with the filters as typed. */
const listQuery = (status: Status, member: string, cursor: string | null) => {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (member.trim()) query.set('member', member.trim());
  if (cursor) query.set('cursor', cursor);
  return query.toString();
};

/** The branch's statements, newest first, filtered by verdict and member, a page at a time; upload and export. */
export function StatementsScreen({ member: initialMember }: { member: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>('');
  const [member, setMember] = useState(initialMember);
  const [applied, setApplied] = useState({ status: '' as Status, member: initialMember });
  const { items, next, error, load } = usePagedList<StatementItem, string>(
    (cursor) => `/statements?${listQuery(applied.status, applied.member, cursor)}`,
    applied,
  );
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ status, member });
  };
  return (
    <OfficeSection id="statements" title={t('office.statements.title')}>
      <UploadForm onUploaded={() => load(null)} />
      <form className="office-filters" onSubmit={apply}>
        <SelectField
          label={t('office.statements.filter.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as Status)}
          options={[
            { value: '', label: t('office.statements.filter.all') },
            { value: 'genuine', label: t('verify.verdict.genuine') },
            { value: 'altered', label: t('verify.verdict.altered') },
          ]}
        />
        <MemberNumberField value={member} onChange={setMember} />
        <button type="submit" className="btn">
          {t('office.statements.filter.apply')}
        </button>
        <a
          className="btn"
          href={`/api/v1/statements/export?${listQuery(applied.status, applied.member, null)}`}
          download
        >
          {t('office.statements.export')}
        </a>
        <a
          className="btn"
          href={`/api/v1/statements/export?${listQuery(applied.status, applied.member, null)}&format=xlsx`}
          download
        >
          {t('office.statements.exportXlsx')}
        </a>
      </form>
      <OfficeError text={error} />
      {items && items.length === 0 && <p>{t('office.statements.empty')}</p>}
      {items && items.length > 0 && <StatementRows items={items} />}
      {next && (
        <button type="button" className="btn btn-wide" onClick={() => load(next)}>
          {t('office.statements.more')}
        </button>
      )}
    </OfficeSection>
  );
}
