import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractTo } from '../../src/cli/extract.ts';

describe('dyad extract', () => {
  it('when a folder mixes good and bad inputs, then good articles print as JSON Lines, each bad one gets a line on stderr, and failures are counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-extract-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', language: 'en', text: 'Kenyan Foreign Minister Amani Wekesa said Kenya supports Uganda.' }));
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"b1","language":"en","text":"Chile said it opposes the plan by Peru."}\nnot json\n');
    writeFileSync(join(dir, 'c.txt'), 'Norway and Poland signed an agreement on energy, the Norwegian government said.');
    writeFileSync(join(dir, 'd.json'), '{"broken":');
    writeFileSync(join(dir, 'e.json'), '');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const lines: string[] = [];
    const failures = await extractTo([dir, join(dir, 'missing.json')], {}, (line) => { lines.push(line); });
    const messages = stderr.mock.calls.map((c) => String(c[0]));
    stderr.mockRestore();
    const ids = lines.map((l) => JSON.parse(l).article.id);
    expect(ids).toEqual(['a', 'b1', 'c']);
    expect(JSON.parse(lines[0]!).officials[0]).toMatchObject({ name: 'Amani Wekesa', country: 'KE' });
    expect(failures).toBe(4);
    expect(messages.every((m) => m.split('\n').filter(Boolean).length === 1)).toBe(true);
    expect(messages.join('')).toMatch(/b\.jsonl:2: not valid JSON/);
  });
});
