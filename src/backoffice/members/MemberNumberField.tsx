import { MEMBER_NUMBER_MAX_LENGTH } from '../../domain/limits';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';

/** A member number (nomor anggota) as an officer types it to enrol, find or filter: as long as the registry keeps. */
export function MemberNumberField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('office.member.number')}
      value={props.value}
      maxLength={MEMBER_NUMBER_MAX_LENGTH}
      autoComplete="off"
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
