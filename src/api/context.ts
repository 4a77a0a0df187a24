// Per-request context: created once per request, so DataLoaders never share a cache across requests.
import type { YogaInitialContext } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { DyadPubSub } from './pubsub.ts';
import type { SharedReads } from './shared-reads.ts';

/** `disabled`: no DYAD_API_TOKEN configured; `missing`/`wrong`: the request's bearer token. */
export type AuthState = 'ok' | 'disabled' | 'missing' | 'wrong';

export interface Context extends YogaInitialContext {
  auth: AuthState;
  loaders: Loaders;
  config: Config;
  pubsub: DyadPubSub;
  /** After a write: drops the cached responses and the reads in flight, which may predate it. */
  forgetReads: () => void;
}

function authState(apiToken: string | undefined, header: string | null): AuthState {
  if (apiToken === undefined) return 'disabled';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (match === null) return 'missing';
  return match[1] === apiToken ? 'ok' : 'wrong';
}

export type UserContext = Omit<Context, keyof YogaInitialContext>;

export function createContext(cfg: Config, pubsub: DyadPubSub, reads: SharedReads, forgetReads: () => void) {
  return ({ request }: YogaInitialContext): UserContext => ({
    auth: authState(cfg.apiToken, request.headers.get('authorization')),
    loaders: createLoaders(reads),
    config: cfg,
    pubsub,
    forgetReads,
  });
}
