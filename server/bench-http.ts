import { Agent, request } from 'node:http';

/** An answer as the bench reads it: the status and the body's text. */
export interface BenchAnswer {
  status: number;
  text: string;
}

/** Sends one request on a kept-alive connection and answers its status and text. */
export type BenchRequester = (
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string,
) => Promise<BenchAnswer>;

/**
 * Plain `node:http` requests over at most `sockets` kept-alive connections: the bench's devices
 * push through it rather than `fetch`, whose web streams cost the load generator, which shares
 * the machine's cores with the server, several times the CPU of the request itself.
 */
export function benchRequester(sockets: number): BenchRequester {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return (method, url, headers, body) =>
    new Promise((resolve, reject) => {
      const sent = request(
        url,
        { method, agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
}
