// Reads a GraphQL-over-SSE response (yoga's "distinct connections" mode): `event: next` + `data: {...}` blocks.
// No SSE client package is installed, so this parses the stream itself from a fetch Response.
export interface SseReader {
  /** The next `next` event's payload, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<{ data?: any; errors?: Array<{ extensions?: { code?: string } }> }>;
  close(): Promise<void>;
}

export function readSse(response: Response): SseReader {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pending: string[] = [];
  let reading: Promise<void> | null = null;

  const pull = async () => {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event:'))?.slice(6).trim();
      const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
      if ((event === undefined || event === 'next') && data) pending.push(data);
    }
  };

  return {
    async next(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (pending.length === 0) {
        reading ??= pull().finally(() => (reading = null));
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no event in time');
        await Promise.race([reading, new Promise((_, reject) => setTimeout(() => reject(new Error('no event in time')), left))]);
      }
      return JSON.parse(pending.shift()!);
    },
    async close() {
      await reader.cancel().catch(() => {});
    },
  };
}
