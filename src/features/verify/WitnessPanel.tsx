import type { WitnessCheck } from '../../domain/statement';
import { useI18n } from '../../i18n/I18nProvider';
import { witnessLines } from '../../i18n/witness-lines';

/** What the cooperative server's receipts in a statement show: how far the server witnessed its book. */
export function WitnessPanel({ witness }: { witness: WitnessCheck }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="witness-h" data-testid="witness">
      <h2 id="witness-h">{t('verify.witness.title')}</h2>
      {witnessLines(language, witness).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
