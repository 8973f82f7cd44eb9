import { inputMaxLength, REASON_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';

/**
 * The end of a form that records money: the reason an edit asks for, what went wrong saving (a
 * full disk, say), and the save button, held while a save is under way.
 */
export function FormEnd(props: {
  askReason?: boolean | undefined;
  reason: string;
  onReason: (reason: string) => void;
  saveError: string | null;
  saving: boolean;
  /** Warnings the member confirms by saving again. */
  warnings?: readonly string[] | undefined;
  submitLabel: string;
  buttonClass: string;
}) {
  const { t } = useI18n();
  return (
    <>
      {props.askReason && (
        <TextField
          label={t('entry.reason')}
          value={props.reason}
          maxLength={inputMaxLength(REASON_MAX_LENGTH)}
          onChange={(e) => props.onReason(e.target.value)}
        />
      )}
      {props.saveError && (
        <p className="form-error" role="alert">
          {props.saveError}
        </p>
      )}
      {props.warnings && props.warnings.length > 0 && (
        <div className="warning" role="alert">
          {props.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className={`btn btn-big ${props.buttonClass}`} disabled={props.saving}>
          {props.warnings && props.warnings.length > 0 ? t('entry.saveAnyway') : props.submitLabel}
        </button>
      </div>
    </>
  );
}
