import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Who may call a route: nobody in particular, a signed-in person, or another system's app token. */
export type RouteAuth = 'none' | 'session' | 'app';

export interface RouteSpec {
  method: HttpMethod;
  /** Path with `{name}` parameters, exactly as it appears in OpenAPI. */
  path: string;
  auth: RouteAuth;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** JSON body schema; routes with a raw body (file upload) leave it out and set rawBody. */
  body?: z.ZodType;
  rawBody?: { maxBytes: 'uploadLimit' };
  response: z.ZodType;
  /** Responses that are not JSON (file download) say so; the schema then describes nothing. */
  binaryResponse?: boolean;
  adminOnly?: boolean;
}

export function route<const S extends RouteSpec>(spec: S): S {
  return spec;
}

export type RouteInput<S extends RouteSpec> = {
  params: S['params'] extends z.ZodObject ? z.infer<S['params']> : Record<string, never>;
  query: S['query'] extends z.ZodObject ? z.infer<S['query']> : Record<string, never>;
  body: S['body'] extends z.ZodType ? z.infer<S['body']> : undefined;
};

export type RouteOutput<S extends RouteSpec> = z.infer<S['response']>;

/** Fills `{name}` parameters of a route path. */
export function fillPath(path: string, params: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
