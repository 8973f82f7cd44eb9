import { useI18n } from '../../i18n/I18nProvider';
import { routes } from '../routes';

/** Where Settings and Kelola lead to stock counts and the opening items. */
export function StockLinks() {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="stock-links-h">
      <h2 id="stock-links-h">{t('stock.links.title')}</h2>
      <a className="btn btn-wide" href={routes.stock}>
        {t('stock.links.stock')}
      </a>
      <a className="btn btn-wide" href={routes.opening}>
        {t('stock.links.opening')}
      </a>
    </section>
  );
}
