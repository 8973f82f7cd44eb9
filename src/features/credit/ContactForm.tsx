import { useState, type FormEvent } from 'react';
import { CONTACT_ROLES, type Contact, type ContactRole } from '../../domain/credit/records';
import type { ContactInput } from '../../domain/credit/validate';
import { normaliseWhatsApp } from '../../domain/credit/whatsapp';
import { inputMaxLength, NAME_MAX_LENGTH } from '../../domain/limits';
import type { Problem } from '../../domain/result';
import { useI18n } from '../../i18n/I18nProvider';
import { ChoiceChips } from '../../ui/ChoiceChips';
import { TextField } from '../../ui/TextField';

/** The field a refusal of a contact belongs to: its number, else its name. */
const fieldOf = (p: Problem) => (p.code === 'contact.whatsappInvalid' ? 'whatsapp' : 'name');

/** A contact's name, role and optional WhatsApp number; `onSave` answers with the refusals, if any. */
export function ContactForm(props: {
  initial?: Contact;
  onSave: (input: ContactInput) => Promise<readonly Problem[]>;
}) {
  const { t, problem } = useI18n();
  const [name, setName] = useState(props.initial?.name ?? '');
  const [role, setRole] = useState<ContactRole>(props.initial?.role ?? 'customer');
  const [whatsapp, setWhatsapp] = useState(props.initial?.whatsapp ?? '');
  const [errors, setErrors] = useState<{ name?: string; whatsapp?: string }>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (name.trim() === '') found.push({ code: 'contact.nameRequired' });
    if (normaliseWhatsApp(whatsapp) === null) found.push({ code: 'contact.whatsappInvalid' });
    setBusy(true);
    const refused = found.length > 0 ? found : await props.onSave({ name, whatsapp, role });
    setBusy(false);
    const shown: { name?: string; whatsapp?: string } = {};
    for (const p of refused) shown[fieldOf(p)] = [shown[fieldOf(p)], problem(p)].filter(Boolean).join(' ');
    setErrors(shown);
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('credit.form.name')}
        value={name}
        required
        maxLength={inputMaxLength(NAME_MAX_LENGTH)}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <ChoiceChips
        legend={t('credit.form.role')}
        name="role"
        options={CONTACT_ROLES.map((r) => ({ value: r, label: t(`credit.role.${r}`) }))}
        value={role}
        onChange={setRole}
      />
      <TextField
        label={t('credit.form.whatsapp')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={whatsapp}
        onChange={(e) => setWhatsapp(e.target.value)}
        hint={t('credit.form.whatsappHint')}
        error={errors.whatsapp}
      />
      <button type="submit" className="btn btn-primary btn-wide" disabled={busy}>
        {t('credit.form.save')}
      </button>
    </form>
  );
}
