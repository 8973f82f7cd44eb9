/** An officer's session as the server answers it. */
export interface Session {
  username: string;
  branch: string;
  role: 'officer' | 'admin';
  csrfToken: string;
}

/** A refused request: the status and the server's code and message (already in Indonesian). */
export class OfficeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
let sessionEnded: () => void = () => undefined;

/** Says what to do when a request is refused for want of a session (expired, or ended elsewhere). */
export const onSessionEnded = (callback: () => void): void => {
  sessionEnded = callback;
};

/** Remembers the session's CSRF token for every request that changes something. */
export const setCsrfToken = (token: string): void => {
  csrfToken = token;
};

/** What a request sends: a JSON value, or a file's bytes with its type. */
export type RequestBody = { json: unknown } | { file: Blob; type: string };

/** Calls the API on this origin; the answer's JSON, or an OfficeApiError in the protocol's shape. */
export async function api<T>(method: string, path: string, body?: RequestBody): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    headers['content-type'] = body.type;
    payload = body.file;
  }
  let answer: Response;
  try {
    answer = await fetch(`/api/v1${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new OfficeApiError(0, 'network', '');
  }
  if (answer.status === 204) return undefined as T;
  const json = (await answer.json().catch(() => null)) as
    (T & { error?: { code: string; message: string } }) | null;
  if (answer.status === 401 && path !== '/session') sessionEnded();
  if (!answer.ok || json === null)
    throw new OfficeApiError(answer.status, json?.error?.code ?? 'server.error', json?.error?.message ?? '');
  return json;
}
