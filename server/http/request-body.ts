import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/errors';
import { formatBytes } from '../config';

/**
 * After refusing a body, read and drop the rest so the client gets to read the refusal instead of
 * a reset connection; past a cap it is not worth it and the connection is cut.
 */
export function discardRest(req: IncomingMessage, capBytes: number): void {
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > capBytes) req.socket.destroy();
  });
  req.resume();
}

export function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  return header === undefined ? null : Number(header);
}

/** The JSON body, refused as soon as it passes the limit; an empty body reads as undefined. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new AppError('too_large', `请求体超过 ${formatBytes(maxBytes)} 的上限`);
  const declared = declaredLength(req);
  if (declared !== null && declared > maxBytes) throw tooLarge();
  // Event-based rather than for-await: leaving a for-await early destroys the socket before the
  // refusal can be sent (the router drains what is left).
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const received: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void received.push(chunk);
      req.off('data', onData).off('end', onEnd).pause();
      reject(tooLarge());
    };
    const onEnd = () => resolve(received);
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('bad_request', '请求体不是合法的 JSON');
  }
}
