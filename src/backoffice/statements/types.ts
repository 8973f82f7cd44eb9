import type { Problem } from '../../domain/result';

/** Witnessed records counted, as the server summarises them. */
export interface WitnessSummary {
  total: number;
  within1d: number;
  within3d: number;
  within7d: number;
  never: number;
}

/** A statement as the branch's list shows it. */
export interface StatementItem {
  id: string;
  memberNumber: string;
  period: { from: string; to: string };
  verdict: 'genuine' | 'altered';
  receivedAt: string;
  witnessed: WitnessSummary;
}

/** One record of the witness report. */
export interface WitnessedRecord {
  id: string;
  kind: 'entry' | 'transfer';
  date: string;
  seq: number | null;
  receivedAt: string | null;
  lagDays: number | null;
}

/** A statement opened: the list's fields, the server's verdict, its witness report, and the file. */
export interface StatementDetail extends StatementItem {
  fingerprint: string | null;
  problems: Problem[];
  witness: WitnessedRecord[];
  statement: unknown;
  branch: string;
  memberName: string;
  source: 'device' | 'officer';
  uploadedBy: string | null;
  capacityRatio: number;
  lateArrivals: { count: number; total: number; warn: boolean } | null;
}
