import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { z } from 'zod';
import { AppError, parseAt } from '../../shared/errors';
import type { RouteInput, RouteOutput, RouteSpec } from '../../shared/http/route';
import type { RouteName, Routes } from '../../shared/http/routes';
import { isSysadmin, type Actor } from '../auth/actor';
import { bearerToken, type Authenticator } from '../auth/authenticator';
import type { AppTokens } from '../auth/app-tokens';
import type { SecurityEvents } from '../audit/security-events';
import type { ServerConfig } from '../config';
import { RateLimitedError } from './rate-limited';
import { discardRest, readJsonBody } from './request-body';
import { clientDescription } from './upgrade';

interface BaseContext {
  req: IncomingMessage;
  res: ServerResponse;
  client: string;
}

/** What a handler knows about its caller follows from the route's `auth`. */
export type HandlerContext<S extends RouteSpec> = BaseContext &
  (S['auth'] extends 'session' ? { actor: Actor } : S['auth'] extends 'app' ? { app: { id: string; name: string } } : object);

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
  security: SecurityEvents;
}

/** What dispatch learned about a request before it failed, for the audit entry of a refusal. */
interface RequestFacts {
  route?: string;
  path: string;
  client: string;
  actor?: Actor;
  command?: string;
  /** An app token that was presented but is unknown or revoked. */
  refusedAppToken?: { id: string | null; name: string | null; revoked: boolean };
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
    const facts: RequestFacts = { path: (req.url ?? '/').split('?')[0]!, client: clientDescription(req) };
    try {
      await this.dispatch(req, res, facts);
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('internal', '服务器内部错误，请稍后重试');
      if (!(error instanceof AppError)) this.deps.log.error({ err: error, method: req.method, url: req.url }, 'request failed');
      if (!req.complete) discardRest(req, this.deps.config.uploadLimitBytes * 2);
      await this.recordRefusal(req, appError, facts);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const headers: Record<string, string> = appError instanceof RateLimitedError ? { 'retry-after': String(appError.retryAfterSeconds) } : {};
      sendJson(res, appError.status, appError.toBody(), headers);
    }
  }

  /**
   * Security events among refusals go to the audit log: a signed-in person refused (403) or
   * stopped from sending classified content (422), and an unknown or revoked app token (401).
   * Refusals that services record themselves (log-in, bootstrap, downloads, rate limits) are not
   * repeated here.
   */
  private async recordRefusal(req: IncomingMessage, error: AppError, facts: RequestFacts): Promise<void> {
    const request = { route: facts.route ?? null, method: req.method ?? '', ...(facts.command ? { command: facts.command } : {}) };
    let entry: Parameters<SecurityEvents['record']>[0] | null = null;
    if (facts.actor && (error.code === 'forbidden' || error.code === 'classified_refused')) {
      entry = {
        actorId: facts.actor.person.id,
        client: facts.client,
        action: error.code === 'forbidden' ? 'access.denied' : 'content.refused',
        target: facts.path,
        detail: { ...request, message: error.message },
      };
    } else if (facts.refusedAppToken && error.code === 'unauthenticated') {
      const token = facts.refusedAppToken;
      entry = {
        actorId: null,
        client: token.name ? `app:${token.name} ${facts.client}` : facts.client,
        action: 'appToken.refused',
        target: token.id,
        detail: { ...request, reason: token.revoked ? 'revoked' : 'unknown' },
      };
    }
    if (!entry) return;
    try {
      await this.deps.security.record(entry);
    } catch (recordError) {
      this.deps.log.error({ err: recordError, action: entry.action }, 'could not record a security event');
    }
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse, facts: RequestFacts): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = this.match(req.method ?? 'GET', url.pathname);
    if (!match) throw new AppError('not_found', `接口不存在：${req.method} ${url.pathname}`);
    const { route, rawParams } = match;
    const { spec } = route;
    facts.route = route.name;
    const client = facts.client;
    const ctx: BaseContext & { actor?: Actor; app?: { id: string; name: string } } = { req, res, client };

    const token = bearerToken(req.headers.authorization);
    if (spec.auth === 'session') {
      ctx.actor = facts.actor = await this.deps.authenticator.require(token, client);
      if (spec.adminOnly && !isSysadmin(ctx.actor)) throw new AppError('forbidden', '需要系统管理员权限');
    } else if (spec.auth === 'app') {
      const known = token ? this.deps.appTokens.identify(token) : null;
      if (!known || known.revoked) {
        if (token) facts.refusedAppToken = { id: known?.id ?? null, name: known?.name ?? null, revoked: known?.revoked ?? false };
        throw new AppError('unauthenticated', '应用令牌无效或已吊销');
      }
      ctx.app = { id: known.id, name: known.name };
    }

    const params = parseAt(spec.params ?? noParams, rawParams, '路径');
    const query = parseAt(spec.query ?? noParams, Object.fromEntries(url.searchParams), '查询');
    // Routes without a body leave it unread; Node discards it once the response is sent.
    const body = spec.body ? parseAt(spec.body, await readJsonBody(req, this.deps.config.maxJsonBodyBytes), '请求体') : undefined;
    const type = (body as { type?: unknown } | undefined)?.type;
    if (route.name === 'command' && typeof type === 'string') facts.command = type;

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

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}
