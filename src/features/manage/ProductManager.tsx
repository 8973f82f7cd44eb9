import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatRupiah } from '../../domain/money';
import type { Product } from '../../domain/product';
import { addProduct, editProduct, listProducts, setProductHidden } from '../../storage';
import { useI18n } from '../../i18n/I18nProvider';
import { useToast } from '../../ui/Toast';
import { useSession } from '../session/SessionContext';
import { ProductForm } from './ProductForm';

/** Products for one-tap sales: added with a price, changed, or hidden from the sale screen. */
export function ProductManager() {
  const { db, book } = useSession();
  const { t, problem } = useI18n();
  const products = useLiveQuery(() => listProducts(db, book.id), [db, book.id]);
  if (!products) return null;
  const sorted = [...products].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return (
    <section className="card" aria-labelledby="products-h">
      <h2 id="products-h">{t('product.title')}</h2>
      <p className="muted">{t('product.intro')}</p>
      {sorted.length === 0 ? (
        <p>{t('product.none')}</p>
      ) : (
        <ul className="manage-list">
          {sorted.map((p) => (
            <ProductItem key={p.id} product={p} />
          ))}
        </ul>
      )}
      <ProductForm
        submitLabel={t('product.add')}
        onSave={async (input) => {
          const made = await addProduct(db, book.id, input);
          return made.ok ? null : made.errors.map(problem).join(' ');
        }}
      />
    </section>
  );
}

function ProductItem({ product }: { product: Product }) {
  const { db } = useSession();
  const { t, problem } = useI18n();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <li>
        <ProductForm
          initial={product}
          submitLabel={t('manage.save')}
          onCancel={() => setEditing(false)}
          onSave={async (input) => {
            const saved = await editProduct(db, product.id, input);
            if (!saved.ok) return saved.errors.map(problem).join(' ');
            setEditing(false);
            return null;
          }}
        />
      </li>
    );
  return (
    <li className={product.hidden ? 'hidden-item' : undefined}>
      <span className="manage-name">
        {product.name} <span className="muted">· {formatRupiah(product.price)}</span>
        {product.hidden && <span className="badge">{t('product.hidden')}</span>}
      </span>
      <span className="manage-actions">
        <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
          {t('product.edit')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() =>
            void setProductHidden(db, product.id, !product.hidden).then((r) => {
              if (!r.ok) toast.show(r.errors.map(problem).join(' '), 'error');
            })
          }
        >
          {t(product.hidden ? 'product.show' : 'product.hide')}
        </button>
      </span>
    </li>
  );
}
