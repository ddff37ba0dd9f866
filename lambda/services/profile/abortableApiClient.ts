import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { services } from 'ask-sdk-model';

/**
 * ask-sdk's `ApiClient` for one call with a deadline. ask-sdk-core's DefaultApiClient has no way
 * to cancel a request: racing it against a timer leaves the socket open until the service answers
 * (if it ever does), one per abandoned lookup for the life of the container. This one destroys the
 * request, and with it the socket, when `signal` fires before the answer is complete, and rejects
 * when the connection drops mid-answer instead of waiting forever.
 */
export class AbortableApiClient implements services.ApiClient {
  constructor(private readonly signal: AbortSignal) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const { signal } = this;
    if (signal.aborted) return Promise.reject(abortError());
    const url = new URL(request.url);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string[]> = {};
    for (const { key, value } of request.headers) (headers[key] ??= []).push(value);
    return new Promise<services.ApiClientResponse>((resolve, reject) => {
      const outgoing = send(url, { method: request.method, headers }, (answer: IncomingMessage) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () =>
          resolve({
            statusCode: answer.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: Object.entries(answer.headers).flatMap(([key, value]) =>
              (Array.isArray(value) ? value : [value ?? '']).map((v) => ({ key, value: v })),
            ),
          }),
        );
        answer.on('error', reject);
        answer.on('close', () => {
          if (!answer.complete) reject(new Error('the connection closed before the answer was complete'));
        });
      });
      // Destroying the request closes its socket (it never goes back to the agent's pool).
      const abort = () => outgoing.destroy(abortError());
      signal.addEventListener('abort', abort, { once: true });
      outgoing.on('close', () => signal.removeEventListener('abort', abort));
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
  }
}

function abortError(): Error {
  const error = new Error('the call was given up at its deadline');
  error.name = 'AbortError';
  return error;
}
