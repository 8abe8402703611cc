import { request } from 'node:http';

export interface LargeBodyOutcome {
  status: number;
  body: string;
  /** Bytes handed to the socket before the answer arrived. */
  bytesSent: number;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Streams a body of `totalBytes` (declared with Content-Length, or chunked when `declareLength` is false)
 * and stops the moment the server answers: a server that refuses without reading answers long before the
 * body is sent. The body is one reused chunk, so the client itself holds almost nothing.
 */
export function streamLargeBody(
  url: string,
  {
    totalBytes,
    declareLength,
    headers = {},
  }: { totalBytes: number; declareLength: boolean; headers?: Record<string, string> },
): Promise<LargeBodyOutcome> {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const outgoing = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(declareLength ? { 'content-length': String(totalBytes) } : { 'transfer-encoding': 'chunked' }),
        ...headers,
      },
    });
    outgoing.on('response', (response) => {
      answered = true;
      const sentWhenAnswered = bytesSent;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (text: string) => {
        body += text;
      });
      response.on('end', () => {
        outgoing.destroy();
        resolve({ status: response.statusCode ?? 0, body, bytesSent: sentWhenAnswered, headers: response.headers });
      });
    });
    // The server closing the connection on an oversized body is expected once it has answered.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && bytesSent < totalBytes) {
        bytesSent += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', pump);
          return;
        }
      }
      if (!answered) outgoing.end();
    };
    pump();
  });
}
