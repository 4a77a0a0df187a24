// The only reader of process.env. Validated once; every bad value is listed in one message.
import { z } from 'zod';
import { DyadError } from './errors.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DYAD_HOME: z.string().min(1).default('.dyad'),
  DYAD_API_TOKEN: z.string().min(16, 'must have at least 16 characters').optional(),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'must look like 512m or 2g').default('2g'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, 'must look like 512m or 2g').default('1g'),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(7474),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  API_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(60),
  API_CACHE_STATEMENT_SECONDS: z.coerce.number().min(0).max(3600).default(5),
});

export type Config = Readonly<{
  neo4j: Readonly<{
    /** Set when the user points Dyad at their own Neo4j; otherwise the local server is used. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
  }>;
  local: Readonly<{ home: string; heap: string; pageCache: string; boltPort: number; httpPort: number }>;
  host: string;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  apiToken: string | undefined;
  maxPageSize: number;
  /** How long the API may serve a cached response of aggregates (relations, timelines, partners, series); 0 = no response cache. */
  apiCacheSeconds: number;
  /** The same for responses that hold statements, events, articles or search hits (capped by apiCacheSeconds). */
  apiCacheStatementSeconds: number;
}>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new DyadError('CONFIG', `bad configuration: ${lines.join('; ')}`, {
      hint: 'fix these environment variables (see the README, "Configuration") and run again',
    });
  }
  const e = parsed.data;
  return Object.freeze({
    neo4j: Object.freeze({ uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }),
    local: Object.freeze({
      home: e.DYAD_HOME,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
    }),
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    apiToken: e.DYAD_API_TOKEN,
    maxPageSize: e.MAX_PAGE_SIZE,
    apiCacheSeconds: e.API_CACHE_SECONDS,
    apiCacheStatementSeconds: e.API_CACHE_STATEMENT_SECONDS,
  });
}

let cached: Config | undefined;
/** The process's configuration, validated on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
