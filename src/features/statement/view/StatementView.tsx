import type { ShownRows, Statement } from '../../../domain/statement';
import { CapacitySection } from './CapacitySection';
import { CashFlowSection } from './CashFlowSection';
import { DisciplineSection } from './DisciplineSection';
import { EntriesSection } from './EntriesSection';
import { IdentitySection } from './IdentitySection';
import { MonthsSection } from './MonthsSection';
import { ProfitLossSection } from './ProfitLossSection';
import './statement-view.css';

/**
 * A statement on screen, every part as text: identity, laba rugi, the months (table and chart),
 * arus kas, kemampuan bayar and kedisiplinan. Shared by the member's preview and the officer's
 * check, where the statement comes from an untrusted file: nothing here builds HTML or links.
 * `rows`: how many rows there are when `statement` holds only the first ones (a verification's view).
 */
export function StatementView({ statement, rows }: { statement: Statement; rows?: ShownRows | undefined }) {
  return (
    <div className="statement-view">
      <IdentitySection statement={statement} />
      <ProfitLossSection statement={statement} />
      <MonthsSection statement={statement} />
      <CashFlowSection statement={statement} />
      <CapacitySection statement={statement} />
      <DisciplineSection statement={statement} />
      <EntriesSection statement={statement} rows={rows} />
    </div>
  );
}
