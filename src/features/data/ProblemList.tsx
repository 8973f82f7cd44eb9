import { useI18n } from '../../i18n/I18nProvider';
import { LISTED_PROBLEMS } from './import-problems';

/**
 * The problems of a refused file, line by line; a long list is cut and the rest counted. `total` is
 * how many there are when `lines` holds only the first of them.
 */
export function ProblemList({
  intro,
  lines,
  total = lines.length,
}: {
  intro: string;
  lines: readonly string[];
  total?: number;
}) {
  const { t } = useI18n();
  const shown = lines.slice(0, LISTED_PROBLEMS);
  return (
    <div className="problems" role="alert">
      <p className="form-error">{intro}</p>
      {total > 1 && <p className="help">{t('data.import.problemCount', { count: total })}</p>}
      <ul>
        {shown.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {total > shown.length && (
        <p className="help">{t('data.import.more', { count: total - shown.length })}</p>
      )}
    </div>
  );
}
