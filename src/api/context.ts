// Per-request context: created once per request, so DataLoaders never share a cache across requests.
import type { YogaInitialContext } from 'graphql-yoga';

export interface Context extends YogaInitialContext {
  /** True when the request carries `Authorization: Bearer <DYAD_API_TOKEN>`. */
  authenticated: boolean;
}

export function createContext(apiToken: string | undefined) {
  return ({ request }: YogaInitialContext): Omit<Context, keyof YogaInitialContext> => {
    const header = request.headers.get('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : undefined;
    return { authenticated: apiToken !== undefined && token === apiToken };
  };
}
