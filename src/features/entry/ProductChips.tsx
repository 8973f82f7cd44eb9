import { useState } from 'react';
import { formatRupiah } from '../../domain/money';
import { productSale, type Product, type ProductSale } from '../../domain/product';
import { useI18n } from '../../i18n/I18nProvider';
import '../../ui/ChoiceChips.css';

/**
 * The shop's products as chips above the amount: a tap fills the amount and the note with the
 * product and its price, each further tap on the same chip counts one more (quantity × price).
 */
export function ProductChips(props: { products: readonly Product[]; onPick: (sale: ProductSale) => void }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<{ id: string; quantity: number } | null>(null);
  if (props.products.length === 0) return null;
  const pick = (product: Product) => {
    const quantity = picked?.id === product.id ? picked.quantity + 1 : 1;
    const sale = productSale(product, quantity);
    if (!sale) return;
    setPicked({ id: product.id, quantity });
    props.onPick(sale);
  };
  return (
    <section className="chips product-chips" aria-labelledby="product-chips-h">
      <h2 id="product-chips-h" className="chips-legend">
        {t('product.chips')}
      </h2>
      <div className="chip-row">
        {props.products.map((product) => {
          const on = picked?.id === product.id;
          return (
            <button
              key={product.id}
              type="button"
              className={`chip${on ? ' chip-on' : ''}`}
              aria-pressed={on}
              onClick={() => pick(product)}
            >
              {on && picked.quantity > 1 ? `${picked.quantity} \u00d7 ` : ''}
              {product.name} · {formatRupiah(product.price)}
            </button>
          );
        })}
      </div>
      {picked && <p className="muted product-hint">{t('product.chipHint')}</p>}
    </section>
  );
}
