import { AppError, ErrorBody } from '../../../shared/errors';
import { FileRef } from '../../../shared/messages/schemas';
import { fillPath, RouteInput, RouteOutput } from '../../../shared/http/route';
import { RouteName, routes, Routes } from '../../../shared/http/routes';

const REQUEST_TIMEOUT_MS = 20_000;

export const offlineError = () => new AppError('offline', '无法连接服务器，请检查网络后重试');

type CallInput<N extends RouteName> = Partial<RouteInput<Routes[N]>>;

export interface ApiClientOptions {
  serverUrl: string;
  token: () => string | null;
  fetch: typeof fetch;
  /** Every reachable / unreachable answer, so the core's online flag follows real traffic. */
  onReachability?: (online: boolean) => void;
  /** A signed-in call came back 401: the session is over (expired, disabled, signed in elsewhere). */
  onUnauthenticated?: (error: AppError) => void;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The server's HTTP API, typed from shared/http/routes.ts: one generic call for every route. */
export function createApiClient(options: ApiClientOptions) {
  const base = options.serverUrl.replace(/\/+$/, '');

  async function send(routeName: RouteName, url: string, init: RequestInit): Promise<Response> {
    const spec = routes[routeName];
    const headers = new Headers(init.headers);
    const token = options.token();
    if (spec.auth === 'session' && token) headers.set('authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await options.fetch(url, { ...init, headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch {
      options.onReachability?.(false);
      throw offlineError();
    }
    options.onReachability?.(response.status !== 502 && response.status !== 503 && response.status !== 504);
    if (response.ok) return response;
    const error = await errorFrom(response);
    if (error.code === 'unauthenticated' && spec.auth === 'session') options.onUnauthenticated?.(error);
    throw error;
  }

  function urlOf<N extends RouteName>(routeName: N, input: CallInput<N>): string {
    const spec = routes[routeName];
    const url = new URL(base + fillPath(spec.path, (input.params ?? {}) as Record<string, string>));
    for (const [key, value] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  async function call<N extends RouteName>(routeName: N, input: CallInput<N> = {}): Promise<RouteOutput<Routes[N]>> {
    const spec = routes[routeName];
    const hasBody = input.body !== undefined;
    const response = await send(routeName, urlOf(routeName, input), {
      method: spec.method,
      headers: hasBody ? { 'content-type': 'application/json' } : {},
      body: hasBody ? JSON.stringify(input.body) : null,
    });
    const json: unknown = await response.json().catch(() => undefined);
    const parsed = spec.response.safeParse(json);
    if (!parsed.success) throw new AppError('internal', `服务器返回的数据格式不正确（${routeName}）`);
    return parsed.data as RouteOutput<Routes[N]>;
  }

  async function uploadFile(sha256: string, name: string, bytes: Uint8Array): Promise<FileRef> {
    const response = await send('uploadFile', urlOf('uploadFile', { params: { sha256 } }), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
      body: bytes,
    });
    const parsed = FileRef.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new AppError('internal', '服务器返回的数据格式不正确（uploadFile）');
    return parsed.data;
  }

  /** A route whose answer is bytes (a file, a PDF) rather than JSON. */
  async function download<N extends RouteName>(routeName: N, input: CallInput<N> = {}): Promise<Uint8Array> {
    const response = await send(routeName, urlOf(routeName, input), { method: 'GET' });
    return new Uint8Array(await response.arrayBuffer());
  }

  const downloadFile = (sha256: string): Promise<Uint8Array> => download('downloadFile', { params: { sha256 } });

  return { serverUrl: base, call, uploadFile, download, downloadFile };
}

async function errorFrom(response: Response): Promise<AppError> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return AppError.fromBody(parsed.data);
  if (response.status === 413) return new AppError('too_large', '文件超过服务器允许的大小');
  if (response.status >= 500) return new AppError('internal', `服务器错误（${response.status}），稍后重试`);
  return new AppError('bad_request', `请求失败（${response.status}）`);
}
