import type { FigureChange } from '../../domain/reports';
import { useI18n } from '../../i18n/I18nProvider';
import { describeChange } from './format';

/** A figure's change against the previous period, in Rupiah and percent. */
export function Change({ change, testId }: { change: FigureChange; testId?: string }) {
  const { t, language } = useI18n();
  const words = { none: t('reports.change.none'), fresh: t('reports.change.new') };
  return (
    <span className="change" data-testid={testId}>
      {describeChange(change, language, words)}
    </span>
  );
}
