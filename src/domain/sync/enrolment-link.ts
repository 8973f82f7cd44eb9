/** The scheme and verb of the text an officer's QR code carries for a member's phone. */
const PREFIX = 'lumbung:enrol?';
const MAX_LINK = 600;

/** What a member's phone needs to enrol: the cooperative's server and the one-time code. */
export interface EnrolmentLink {
  server: string;
  code: string;
}

/** The QR text for an enrolment: `lumbung:enrol?server=<origin>&code=<code>`. */
export const enrolmentLink = ({ server, code }: EnrolmentLink): string =>
  `${PREFIX}${new URLSearchParams({ server, code }).toString()}`;

/** The server and code of an enrolment QR text, or null when it is not one (an http(s) server only). */
export function parseEnrolmentLink(text: string): EnrolmentLink | null {
  if (text.length > MAX_LINK || !text.startsWith(PREFIX)) return null;
  const params = new URLSearchParams(text.slice(PREFIX.length));
  const server = params.get('server') ?? '';
  const code = params.get('code') ?? '';
  if (!/^https?:\/\/[^\s/?#]+$/.test(server) || !/^[0-9A-Za-z-]{4,32}$/.test(code)) return null;
  return { server, code };
}
