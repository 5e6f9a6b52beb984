import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output };
}

/** An API: areas of methods, as `api.<area>.<method>(input)`. */
export type ApiSpec = Record<string, Record<string, MethodSpec>>;

/** The channel a method travels on, the same for IPC and the browser-mode bridge. */
export function channelOf(area: string, name: string): string {
  return `${area}.${name}`;
}

/** What a caller sees: each method takes the schema's input and resolves to its output. */
export type ApiClient<A extends ApiSpec> = {
  [Area in keyof A]: {
    [M in keyof A[Area]]: (input: z.input<A[Area][M]['input']>) => Promise<z.infer<A[Area][M]['output']>>;
  };
};

/** What an implementer provides: each method receives validated input. */
export type ApiHandlers<A extends ApiSpec> = {
  [Area in keyof A]: {
    [M in keyof A[Area]]: (input: z.infer<A[Area][M]['input']>) => Promise<z.input<A[Area][M]['output']>>;
  };
};

/** Looks up a method by channel; unknown channels are refused before anything runs. */
export function findMethod(spec: ApiSpec, channel: string): MethodSpec | undefined {
  const [area, name, ...rest] = channel.split('.');
  if (!area || !name || rest.length > 0) return undefined;
  const methods = Object.hasOwn(spec, area) ? spec[area] : undefined;
  return methods && Object.hasOwn(methods, name) ? methods[name] : undefined;
}
