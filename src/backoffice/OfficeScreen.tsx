import { useEffect, useRef } from 'react';
import type { Session } from './api';
import { AuditScreen } from './admin/AuditScreen';
import { BranchesScreen } from './admin/BranchesScreen';
import { OfficersScreen } from './admin/OfficersScreen';
import { EnrolScreen } from './members/EnrolScreen';
import { MemberScreen } from './members/MemberScreen';
import { useOfficeRoute } from './route';
import { StatementScreen } from './statements/StatementScreen';
import { StatementsScreen } from './statements/StatementsScreen';

/** The screen the location names; admin screens for admins only (the server refuses them to others too). */
export function OfficeScreen({ session }: { session: Session }) {
  const route = useOfficeRoute();
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => top.current?.querySelector('h1')?.focus(), [route]);
  const admin = session.role === 'admin';
  return (
    <div ref={top}>
      {route.screen === 'statements' && <StatementsScreen key={route.member} member={route.member} />}
      {route.screen === 'statement' && <StatementScreen id={route.id} />}
      {route.screen === 'enrol' && (
        <EnrolScreen key={`${route.member}|${route.name}`} member={route.member} name={route.name} />
      )}
      {route.screen === 'member' && <MemberScreen key={route.member} member={route.member} />}
      {route.screen === 'officers' && admin && <OfficersScreen />}
      {route.screen === 'branches' && admin && <BranchesScreen />}
      {route.screen === 'audit' && admin && <AuditScreen />}
    </div>
  );
}
