import { useLiveQuery } from 'dexie-react-hooks';
import { editEntry, getEntry } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useToast } from '../../ui/Toast';
import { creditDraftOf } from '../entry/credit-draft';
import { EntryForm } from '../entry/EntryForm';
import { useEntryChoices } from '../entry/use-entry-choices';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { MissingRecord } from '../../ui/MissingRecord';
import { useProblemText } from '../form/use-problem-text';
import { useCreateCategory } from '../entry/use-create-category';
import { entryRefusalText } from './entry-refusal';

/** Edits an entry through the same form; the change is kept as a revision with its reason. */
export function EditEntryScreen({ id }: { id: string }) {
  const { db, book } = useSession();
  const { t } = useI18n();
  const createCategory = useCreateCategory();
  const refusal = useProblemText();
  const toast = useToast();
  const entry = useLiveQuery(async () => (await getEntry(db, id)) ?? null, [db, id]);
  const choices = useEntryChoices(entry?.direction ?? 'in', entry ? [entry.categoryId, entry.accountId] : []);
  const header = (
    <ScreenHeader title={t('entry.edit.title')} backHref={routes.entry(id)} backLabel={t('nav.back')} />
  );
  if (entry === undefined || !choices) return header;
  if (entry === null || entry.bookId !== book.id || entry.voided)
    return <MissingRecord header={header} message={t('detail.notFound')} />;
  return (
    <>
      {header}
      <main className="screen">
        <EntryForm
          direction={entry.direction}
          initial={{
            digits: String(entry.amount),
            categoryId: entry.categoryId,
            accountId: entry.accountId,
            date: entry.date,
            note: entry.note,
            counterparty: entry.counterparty,
            credit: creditDraftOf(entry),
          }}
          categories={choices.categories}
          accounts={choices.accounts}
          submitLabel={t('entry.save')}
          askReason
          onSubmit={async (fields, reason) => {
            const saved = await editEntry(db, entry.id, fields, reason || undefined);
            if (!saved.ok) return entryRefusalText(saved.errors, refusal, t);
            toast.show(t('detail.history.edit'));
            window.location.hash = routes.entry(entry.id);
            return null;
          }}
          onCreateCategory={createCategory}
        />
      </main>
    </>
  );
}
