import type { ApiClient, ApiSpec } from '../../shared/contract/define';
import { channelOf } from '../../shared/contract/define';
import type { DesktopBridge } from '../../shared/contract/bridge';
import { AppError } from '../../shared/errors';
import { desktopApi, type DesktopApi } from '../../shared/desktop-api';

type AnyMethod = (input: unknown) => Promise<unknown>;

/**
 * Builds `api.<area>.<method>(input)` from the contract itself: every method becomes
 * `bridge.invoke('<area>.<method>', input)`, and a refused call rejects with an AppError.
 */
export function createClient<A extends ApiSpec>(spec: A, bridge: DesktopBridge): ApiClient<A> {
  const client: Record<string, Record<string, AnyMethod>> = {};
  for (const [area, methods] of Object.entries(spec)) {
    const areaClient: Record<string, AnyMethod> = {};
    for (const name of Object.keys(methods)) {
      const channel = channelOf(area, name);
      areaClient[name] = async (input: unknown) => {
        const outcome = await bridge.invoke(channel, input ?? {});
        if (outcome.ok) return outcome.value;
        throw new AppError(outcome.error.code, outcome.error.message, outcome.error.issues);
      };
    }
    client[area] = areaClient;
  }
  return client as ApiClient<A>;
}

export type Api = ApiClient<DesktopApi>;

export function createApi(bridge: DesktopBridge): Api {
  return createClient(desktopApi, bridge);
}
