// Fetches a feed or an article page by URL: bounded in time and size, with a message that says what to do.
import { DyadError } from '../errors.ts';

export const FETCH_TIMEOUT_MS = 20_000;
export const FETCH_MAX_BYTES = 10 * 1024 * 1024;

export async function fetchText(url: string): Promise<{ body: string; contentType: string; finalUrl: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { 'user-agent': 'Dyad/0.1 (+news relations graph)', accept: 'application/rss+xml, application/atom+xml, text/html, application/xml;q=0.9, */*;q=0.5' },
      redirect: 'follow',
    });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (error as Error).message;
    throw new DyadError('BAD_USER_INPUT', `could not fetch ${url}: ${reason}`, { hint: 'check the URL and the network, then run again' });
  }
  if (!response.ok) {
    throw new DyadError('BAD_USER_INPUT', `could not fetch ${url}: HTTP ${response.status}`, { hint: 'check the URL' });
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > FETCH_MAX_BYTES) {
    throw new DyadError('BAD_USER_INPUT', `${url} is ${declared} bytes, more than the ${FETCH_MAX_BYTES} allowed`, { hint: 'download it and ingest the file' });
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > FETCH_MAX_BYTES) {
      await reader.cancel();
      throw new DyadError('BAD_USER_INPUT', `${url} is larger than ${FETCH_MAX_BYTES} bytes`, { hint: 'download it and ingest the file' });
    }
    chunks.push(value);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  return { body, contentType: response.headers.get('content-type') ?? '', finalUrl: response.url || url };
}
