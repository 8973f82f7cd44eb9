import { useI18n } from '../../i18n/I18nProvider';
import { LISTED_PROBLEMS } from './import-problems';

/** Every problem of a refused file, line by line; a very long list is cut and the rest counted. */
export function ProblemList({ intro, lines }: { intro: string; lines: readonly string[] }) {
  const { t } = useI18n();
  const shown = lines.slice(0, LISTED_PROBLEMS);
  return (
    <div className="problems" role="alert">
      <p className="form-error">{intro}</p>
      {lines.length > 1 && <p className="help">{t('data.import.problemCount', { count: lines.length })}</p>}
      <ul>
        {shown.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {lines.length > shown.length && (
        <p className="help">{t('data.import.more', { count: lines.length - shown.length })}</p>
      )}
    </div>
  );
}
