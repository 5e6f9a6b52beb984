import http from 'node:http';
import { fillPath } from '../shared/http/route';
import { routes, type RouteName } from '../shared/http/routes';

/**
 * A lean keep-alive HTTP client for load generation: plain node:http with a pooled agent, so the
 * generator spends far less CPU per request than the server it measures.
 */
export class BenchClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  constructor(
    private readonly baseUrl: URL,
    public token = '',
  ) {}

  call<T = unknown>(name: RouteName, input: { params?: Record<string, string>; query?: Record<string, string | number>; body?: unknown } = {}): Promise<T> {
    const spec = routes[name];
    let path = fillPath(spec.path, input.params ?? {});
    if (input.query) path += '?' + new URLSearchParams(Object.entries(input.query).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const payload = input.body === undefined ? undefined : Buffer.from(JSON.stringify(input.body));
    return new Promise<T>((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.baseUrl.hostname,
          port: this.baseUrl.port,
          method: spec.method,
          path,
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 500) >= 400) reject(new Error(`${name} → ${res.statusCode}: ${text}`));
            else resolve(JSON.parse(text) as T);
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
