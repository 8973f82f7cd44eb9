import type { InventoryLines as Lines } from '../../domain/stock/levels';
import { useI18n } from '../../i18n/I18nProvider';
import { Money } from '../../ui/Money';

/** How HPP is made when the book counts stock: purchases, plus the stock opened with, less the stock closed with. */
export function InventoryLines({ inventory }: { inventory: Lines }) {
  const { t } = useI18n();
  const lines = [
    ['purchases', t('statementCredit.purchases'), inventory.purchases],
    ['openingInventory', t('statementCredit.openingInventory'), inventory.openingInventory],
    ['closingInventory', t('statementCredit.closingInventory'), inventory.closingInventory],
  ] as const;
  return (
    <div className="pl-inventory">
      <dl>
        {lines.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-testid={`pl-${key}`}>
              <Money value={value} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="help">{t('reports.pl.stockHelp')}</p>
    </div>
  );
}
