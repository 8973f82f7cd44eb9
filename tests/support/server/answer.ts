/** The fields the server's JSON answers carry, all optional, so a test reads whichever it expects. */
export interface ApiAnswer {
  error?: { code: string; message: string };
  tip?: { seq: number; hash: string | null };
  receipt?: string;
  revisions?: {
    seq: number;
    prevHash: string | null;
    hash: string;
    ciphertext: string;
    receivedAt: string;
  }[];
  code?: string;
  expiresAt?: string;
  memberNumber?: string;
  fingerprint?: string;
  username?: string;
  branch?: string;
  role?: string;
  csrfToken?: string;
  id?: string;
  verdict?: string;
  witnessed?: { total: number; within1d: number; within3d: number; within7d: number; never: number };
  wrappedKey?: string;
}

/** A status and a parsed JSON body. */
export interface Answer<T = ApiAnswer> {
  status: number;
  body: T;
  headers: Headers;
}

/** Sends a request and reads its answer. */
export async function call<T = ApiAnswer>(url: string, init: RequestInit): Promise<Answer<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    body: (text === '' ? null : JSON.parse(text)) as T,
    headers: response.headers,
  };
}
