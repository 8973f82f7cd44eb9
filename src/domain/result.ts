/** An expected failure, carried as data: a stable code plus the values its message needs. */
export interface Problem {
  code: string;
  /** Values for the message template (i18n), e.g. the offending text or a limit. */
  params?: Record<string, string | number>;
}

/** The outcome of an operation whose failures are expected (bad input, not bugs). */
export type Result<T, E = Problem> = { ok: true; value: T } | { ok: false; errors: E[] };

/** Wraps a value as a success. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Wraps one or more problems as a failure. */
export const fail = <E = Problem>(...errors: E[]): { ok: false; errors: E[] } => ({ ok: false, errors });

/** A problem whose code is one of a known few, so the layers above can check they give each a message. */
export interface CodedProblem<C extends string> extends Problem {
  code: C;
}
