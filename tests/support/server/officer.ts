import { call, type Answer, type ApiAnswer } from './answer';

/** An officer's browser: the session cookie and the CSRF token it got at sign-in. */
export class TestOfficer {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
    readonly csrfToken: string,
    readonly login: Answer,
  ) {}

  /** Signs in, or throws with the answer when refused. */
  static async signIn(baseUrl: string, username: string, password: string): Promise<TestOfficer> {
    const answer = await signInAnswer(baseUrl, username, password);
    const cookie = answer.headers.get('set-cookie')?.split(';')[0];
    if (answer.status !== 200 || !cookie || !answer.body.csrfToken)
      throw new Error(`sign-in refused: ${answer.status} ${JSON.stringify(answer.body)}`);
    return new TestOfficer(baseUrl, cookie, answer.body.csrfToken, answer);
  }

  /** Sends a request in the session; the CSRF header is sent unless `csrf` is false (or another token). */
  send<T = ApiAnswer>(method: string, path: string, body?: unknown, csrf: string | false = this.csrfToken) {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (csrf !== false) headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return call<T>(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}

/** The answer to a sign-in. */
export const signInAnswer = (baseUrl: string, username: string, password: string) =>
  call(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
