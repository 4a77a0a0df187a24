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

  it('when one report of a call has no date and another of it does, then both print the same event, the undated one last, unless --alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-extract-'));
    const text = (when: string) => `Kenyan Foreign Minister Amani Wekesa held a phone call ${when} with Ugandan Foreign Minister Okello Byaruhanga. Wekesa said Kenya supports Uganda.`;
    writeFileSync(join(dir, '1-undated.json'), JSON.stringify({ id: 'undated', language: 'en', text: text('on Monday') }));
    writeFileSync(join(dir, '2-dated.json'), JSON.stringify({ id: 'dated', language: 'en', publishedAt: '2025-03-11', text: text('on Monday') }));
    const run = async (alone: boolean) => {
      const lines: string[] = [];
      await extractTo([dir], { alone }, (line) => { lines.push(line); });
      return lines.map((l) => JSON.parse(l) as { article: { id: string }; events: Array<{ id: string; date: string | null }> });
    };
    const together = await run(false);
    expect(together.map((x) => x.article.id)).toEqual(['dated', 'undated']);
    expect(together[0]!.events[0]!.date).toBe('2025-03-10');
    expect(together[1]!.events[0]).toEqual(together[0]!.events[0]);
    const alone = await run(true);
    expect(alone.map((x) => x.article.id)).toEqual(['undated', 'dated']);
    expect(alone[0]!.events[0]!.date).toBeNull();
  });
});
