// The response cache's front door. A dashboard asks the same thing over and over: byte for byte the same
// request. When yoga has answered such a request from the response cache (response-cache.ts), the bytes it
// sent are kept beside the raw request, and the next identical request is answered with them directly, without
// building fetch Request/Response objects, parsing, validating or hashing — for as long as the response cache
// still holds the very result those bytes came from. Expiry, refresh and invalidation stay the store's alone:
// a front entry is only an encoding of a live store entry, checked on every use.
//
// Only plain public reads take this path: GET or POST to the GraphQL endpoint, no credentials (Authorization,
// Cookie), no conditional or streaming request (If-None-Match, event streams), a body of at most MAX_BODY
// bytes (by its Content-Length). Everything else, and every miss, goes to yoga as before.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

const MAX_BODY = 64 * 1024;
const MAX_ENTRIES = 2000;
/** Bytes of kept responses; the oldest go first beyond it. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Request headers that can change the response (content negotiation, CORS): part of the key. */
const VARYING = ['accept', 'origin', 'content-type', 'access-control-request-headers'];

/** What the response cache's store tells the front door. */
export interface FrontStore {
  /** True while `result` is the store's current, unexpired entry under `key`. */
  isCurrent(key: string, result: object): boolean;
}

/** Set by the store when it serves a hit inside a request that went through the front door. */
export interface Hit {
  key: string;
  result: object;
}

const requestSlot = new AsyncLocalStorage<{ hit: Hit | null }>();

/** Called by the store on a hit: remembers which entry the current request is being answered from. */
export function noteHit(hit: Hit): void {
  const slot = requestSlot.getStore();
  if (slot) slot.hit = hit;
}

interface Entry {
  hit: Hit;
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Handler = (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => void;

function lowerCased(headers: OutgoingHttpHeaders | undefined): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) out[name.toLowerCase()] = value;
  return out;
}

function eligible(req: IncomingMessage, endpoint: string): boolean {
  if (req.method !== 'GET' && req.method !== 'POST') return false;
  const h = req.headers;
  if (h.authorization || h.cookie || h['if-none-match'] || h['if-modified-since']) return false;
  if (h.accept?.includes('text/event-stream') || h.accept?.includes('multipart/')) return false;
  const path = req.url?.split('?')[0];
  return path === endpoint;
}

function keyOf(req: IncomingMessage, body: Buffer | null): string {
  const parts = [req.method ?? '', req.url ?? ''];
  for (const name of VARYING) parts.push(String(req.headers[name] ?? ''));
  return parts.join('\n') + '\n' + (body ? body.toString('latin1') : '');
}

/** Wraps `next` (yoga) with the front door over `store`. */
export function frontCache(next: Handler, store: FrontStore, endpoint = '/graphql'): Handler {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  };

  const pass = (req: IncomingMessage & { body?: unknown }, res: ServerResponse, key: string) => {
    const slot: { hit: Hit | null } = { hit: null };
    const chunks: Buffer[] = [];
    let headers: OutgoingHttpHeaders | null = null;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    // only a response served from the cache is kept (the hit is known before the first byte is written)
    const keep = (chunk: unknown) => {
      if (!slot.hit) return;
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    // headers given to writeHead itself (as yoga's adapter does) never show in getHeaders(): take them here
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const given = rest.find((x) => typeof x === 'object' && x !== null);
      headers = Array.isArray(given) ? null : { ...res.getHeaders(), ...lowerCased(given as OutgoingHttpHeaders | undefined) };
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== null && chunk !== undefined && typeof chunk !== 'function') keep(chunk);
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.once('finish', () => {
      if (!slot.hit || !headers || res.statusCode !== 200) return;
      const body = Buffer.concat(chunks);
      if (body.length > MAX_BYTES / 16) return;
      drop(key);
      while (entries.size > 0 && (entries.size >= MAX_ENTRIES || bytes + body.length > MAX_BYTES)) drop(entries.keys().next().value as string);
      delete headers['date'];
      entries.set(key, { hit: slot.hit, status: res.statusCode, headers, body });
      bytes += body.length;
    });
    requestSlot.run(slot, () => next(req, res));
  };

  const answer = (req: IncomingMessage & { body?: unknown }, res: ServerResponse, body: Buffer | null) => {
    const key = keyOf(req, body);
    const entry = entries.get(key);
    if (entry && store.isCurrent(entry.hit.key, entry.hit.result)) {
      res.writeHead(entry.status, entry.headers);
      res.end(entry.body);
      return;
    }
    if (entry) drop(key);
    // the body is read: hand it to yoga as a parsed body (its node adapter takes one instead of the stream)
    if (body && body.length > 0) req.body = body;
    pass(req, res, key);
  };

  return (req, res) => {
    if (!eligible(req, endpoint)) {
      next(req, res);
      return;
    }
    if (req.method === 'GET') {
      answer(req, res, null);
      return;
    }
    // a POST is read whole before it can be looked up: only when it says it is small
    const length = Number(req.headers['content-length']);
    if (!Number.isInteger(length) || length <= 0 || length > MAX_BODY) {
      next(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => answer(req, res, Buffer.concat(chunks)));
    req.on('error', () => res.destroy());
  };
}
