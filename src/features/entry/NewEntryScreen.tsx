import type { Direction } from '../../domain/kinds';
import { formatRupiah } from '../../domain/money';
import { addEntry, voidEntry } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useUndoToast } from '../form/use-undo-toast';
import { routes } from '../routes';
import { useSession } from '../session/SessionContext';
import { EntryForm } from './EntryForm';
import { useEntryChoices } from './use-entry-choices';
import { useEntryWarnings } from './use-entry-warnings';
import { useCreateCategory } from './use-create-category';
import { useOfferedProducts } from './use-offered-products';
import { useProblemText } from '../form/use-problem-text';

/** Records money in or out: the screen behind the two big buttons. */
export function NewEntryScreen({ direction }: { direction: Direction }) {
  const { db, book, today } = useSession();
  const { t } = useI18n();
  const createCategory = useCreateCategory();
  const refusal = useProblemText();
  const showSaved = useUndoToast();
  const choices = useEntryChoices(direction);
  const warn = useEntryWarnings(choices?.accounts ?? []);
  const products = useOfferedProducts(direction);
  const title = t(direction === 'in' ? 'entry.in.title' : 'entry.out.title');
  if (!choices) return <ScreenHeader title={title} backHref={routes.home} backLabel={t('nav.back')} />;
  const cash = choices.accounts.find((a) => a.type === 'cash') ?? choices.accounts[0];
  return (
    <>
      <ScreenHeader title={title} backHref={routes.home} backLabel={t('nav.back')} />
      <main className="screen">
        <EntryForm
          key={direction}
          direction={direction}
          initial={{
            digits: '',
            categoryId: choices.categories[0]?.id ?? '',
            accountId: cash?.id ?? '',
            date: today,
            note: '',
            counterparty: '',
          }}
          categories={choices.categories}
          accounts={choices.accounts}
          submitLabel={t('entry.save')}
          warn={warn}
          products={products}
          onSubmit={async (fields) => {
            const saved = await addEntry(db, book.id, fields);
            if (!saved.ok) return saved.errors.map(refusal).join(' ');
            const category = choices.categories.find((c) => c.id === fields.categoryId);
            const amount = formatRupiah(fields.amount);
            showSaved(t('entry.saved', { amount, category: category?.name ?? '' }), amount, () =>
              voidEntry(db, saved.value.id, t('entry.undo.reason')),
            );
            window.location.hash = routes.home;
            return null;
          }}
          onCreateCategory={createCategory}
        />
      </main>
    </>
  );
}
