import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AppError, parseAt } from '../../shared/errors';
import type { RouteInput, RouteOutput, RouteSpec } from '../../shared/http/route';
import type { RouteName, Routes } from '../../shared/http/routes';
import { isSysadmin, type Actor } from '../auth/actor';
import { bearerToken, type Authenticator } from '../auth/authenticator';
import type { AppTokens } from '../auth/app-tokens';
import type { ServerConfig } from '../config';
import { discardRest, readJsonBody } from './request-body';
import { clientDescription } from './upgrade';

interface BaseContext {
  req: IncomingMessage;
  res: ServerResponse;
  client: string;
}

/** What a handler knows about its caller follows from the route's `auth`. */
export type HandlerContext<S extends RouteSpec> = BaseContext &
  (S['auth'] extends 'session' ? { actor: Actor } : S['auth'] extends 'app' ? { appName: string } : object);

export type RouteHandler<S extends RouteSpec> = (input: RouteInput<S>, ctx: HandlerContext<S>) => Promise<RouteOutput<S>>;

/** One handler per route of the contract, each checked against its route's schemas. */
export type RouteHandlers = { [K in RouteName]: RouteHandler<Routes[K]> };

interface CompiledRoute {
  name: string;
  spec: RouteSpec;
  pattern: RegExp;
  paramNames: string[];
  handler: RouteHandler<RouteSpec>;
}

const noParams = z.strictObject({});

function compile(path: string): { pattern: RegExp; paramNames: string[] } {
  const paramNames: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    paramNames.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), paramNames };
}

export interface RouterDeps {
  authenticator: Authenticator;
  appTokens: AppTokens;
  config: ServerConfig;
  log: Logger;
}

/** Registers the route table; every request is authenticated and validated before its handler runs. */
export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(
    routes: Routes,
    handlers: RouteHandlers,
    private readonly deps: RouterDeps,
  ) {
    this.compiled = (Object.keys(routes) as RouteName[]).map((name) => ({
      name,
      spec: routes[name],
      ...compile(routes[name].path),
      handler: handlers[name] as unknown as RouteHandler<RouteSpec>,
    }));
  }

  /** Never throws: every failure becomes a JSON error response. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.dispatch(req, res);
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('internal', '服务器内部错误，请稍后重试');
      if (!(error instanceof AppError)) this.deps.log.error({ err: error, method: req.method, url: req.url }, 'request failed');
      if (!req.complete) discardRest(req, this.deps.config.uploadLimitBytes * 2);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, appError.status, appError.toBody());
    }
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = this.match(req.method ?? 'GET', url.pathname);
    if (!match) throw new AppError('not_found', `接口不存在：${req.method} ${url.pathname}`);
    const { route, rawParams } = match;
    const { spec } = route;
    const client = clientDescription(req);
    const ctx: BaseContext & { actor?: Actor; appName?: string } = { req, res, client };

    const token = bearerToken(req.headers.authorization);
    if (spec.auth === 'session') {
      ctx.actor = await this.deps.authenticator.require(token, client);
      if (spec.adminOnly && !isSysadmin(ctx.actor)) throw new AppError('forbidden', '需要系统管理员权限');
    } else if (spec.auth === 'app') {
      const appName = token ? this.deps.appTokens.resolve(token) : null;
      if (!appName) throw new AppError('unauthenticated', '应用令牌无效或已吊销');
      ctx.appName = appName;
    }

    const params = parseAt(spec.params ?? noParams, rawParams, '路径');
    const query = parseAt(spec.query ?? noParams, Object.fromEntries(url.searchParams), '查询');
    // Routes without a body leave it unread; Node discards it once the response is sent.
    const body = spec.body ? parseAt(spec.body, await readJsonBody(req, this.deps.config.maxJsonBodyBytes), '请求体') : undefined;

    const output = await route.handler({ params, query, body } as RouteInput<RouteSpec>, ctx as HandlerContext<RouteSpec>);
    if (spec.binaryResponse) return;
    sendJson(res, 200, output);
  }

  private match(method: string, pathname: string): { route: CompiledRoute; rawParams: Record<string, string> } | null {
    for (const route of this.compiled) {
      if (route.spec.method !== method) continue;
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const rawParams: Record<string, string> = {};
      try {
        route.paramNames.forEach((name, i) => (rawParams[name] = decodeURIComponent(found[i + 1]!)));
      } catch {
        throw new AppError('bad_request', '路径参数编码不正确');
      }
      return { route, rawParams };
    }
    return null;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}
