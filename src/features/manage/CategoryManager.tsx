import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CATEGORY_KINDS, directionOf, kindsFor, type CategoryKind } from '../../domain/kinds';
import type { Category } from '../../domain/model';
import {
  addCategory,
  categoryInUse,
  changeCategoryKind,
  listCategories,
  renameCategory,
  setCategoryHidden,
} from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/Toast';
import { NewCategoryForm } from '../entry/NewCategoryForm';
import { useSession } from '../session/SessionContext';
import { InlineRename } from './InlineRename';

/** Categories by kind: rename, hide, change the kind while unused, add new ones. */
export function CategoryManager() {
  const { db, book } = useSession();
  const { t, problem } = useI18n();
  const [adding, setAdding] = useState<'in' | 'out' | null>(null);
  const categories = useLiveQuery(() => listCategories(db, book.id), [db, book.id]);
  if (!categories) return null;
  return (
    <section className="card" aria-labelledby="categories-h">
      <h2 id="categories-h">{t('category.title')}</h2>
      {CATEGORY_KINDS.map((kind) => {
        const inKind = categories.filter((c) => c.kind === kind);
        if (inKind.length === 0) return null;
        return (
          <div key={kind} className="kind-group">
            <h3>{t(`kind.${kind}`)}</h3>
            <ul className="manage-list">
              {inKind.map((c) => (
                <CategoryItem key={c.id} category={c} />
              ))}
            </ul>
          </div>
        );
      })}
      {adding ? (
        <NewCategoryForm
          direction={adding}
          onCancel={() => setAdding(null)}
          onCreate={async (name, kind) => {
            const made = await addCategory(db, book.id, { name, kind });
            if (!made.ok) return made.errors.map(problem).join(' ');
            setAdding(null);
            return null;
          }}
        />
      ) : (
        <div className="row-actions">
          <button type="button" className="btn" onClick={() => setAdding('in')}>
            + {t('category.add')} ({t('ledger.direction.in')})
          </button>
          <button type="button" className="btn" onClick={() => setAdding('out')}>
            + {t('category.add')} ({t('ledger.direction.out')})
          </button>
        </div>
      )}
    </section>
  );
}

function CategoryItem({ category }: { category: Category }) {
  const { db } = useSession();
  const { t, problem } = useI18n();
  const toast = useToast();
  const [renaming, setRenaming] = useState(false);
  const inUse = useLiveQuery(() => categoryInUse(db, category.id), [db, category.id]);
  const report = (r: { ok: boolean; errors?: Array<{ code: string }> }) => {
    if (!r.ok && r.errors) toast.show(r.errors.map(problem).join(' '), 'error');
  };
  if (renaming)
    return (
      <li>
        <InlineRename
          label={t('category.name')}
          name={category.name}
          onDone={() => setRenaming(false)}
          onSave={async (name) => {
            const r = await renameCategory(db, category.id, name);
            return r.ok ? null : r.errors.map(problem).join(' ');
          }}
        />
      </li>
    );
  return (
    <li className={category.hidden ? 'hidden-item' : undefined}>
      <span className="manage-name">
        {category.name}
        {category.hidden && <span className="badge">{t('category.hidden')}</span>}
      </span>
      <span className="manage-actions">
        <button type="button" className="btn btn-small" onClick={() => setRenaming(true)}>
          {t('category.rename')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void setCategoryHidden(db, category.id, !category.hidden).then(report)}
        >
          {t(category.hidden ? 'category.show' : 'category.hide')}
        </button>
      </span>
      {inUse === false ? (
        <SelectField
          label={`${t('category.changeKind')}: ${category.name}`}
          value={category.kind}
          options={kindsFor(directionOf(category.kind))
            .concat(kindsFor(directionOf(category.kind) === 'in' ? 'out' : 'in'))
            .map((k: CategoryKind) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={(e) =>
            void changeCategoryKind(db, category.id, e.target.value as CategoryKind).then(report)
          }
        />
      ) : (
        inUse && <p className="help">{t('category.inUseNote')}</p>
      )}
    </li>
  );
}
