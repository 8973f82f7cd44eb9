import { useState, type ReactNode } from 'react';
import type { Settlement } from '../../domain/credit/records';
import { useI18n } from '../../i18n/I18nProvider';
import { voidSettlement } from '../../storage';
import { useToast } from '../../ui/Toast';
import { VoidForm } from '../entry-detail/VoidForm';
import { useProblemText } from '../form/use-problem-text';
import { useSession } from '../session/SessionContext';
import { SettlementEditForm } from './SettlementEditForm';

/**
 * A collection or payment in a contact's history, opened to correct or void it: a void makes what it
 * settled owed again; both keep the settlement and add to its history.
 */
export function SettlementRecord(props: { settlement: Settlement; label: ReactNode; figure: ReactNode }) {
  const { settlement } = props;
  const { db } = useSession();
  const { t } = useI18n();
  const refusal = useProblemText();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  if (settlement.voided)
    return (
      <>
        <span>{props.label}</span>
        {props.figure}
      </>
    );
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {props.label}
      </button>
      {props.figure}
      {open && (
        <div className="record-panel">
          <SettlementEditForm settlement={settlement} onDone={() => setOpen(false)} />
          <VoidForm
            onVoid={async (reason) => {
              const done = await voidSettlement(db, settlement.id, reason);
              if (!done.ok) return done.errors.map(refusal).join(' ');
              toast.show(t('credit.settlement.voided'));
              setOpen(false);
              return null;
            }}
          />
        </div>
      )}
    </>
  );
}
