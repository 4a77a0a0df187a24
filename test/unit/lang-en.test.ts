// English through the whole extraction: what a reader of a wire report would expect to come out.
// The sentences are written for these tests; the officials in them are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('English: which states the article is about', () => {
  const text =
    'Ruritania said on Monday it was recalling its ambassador to Freedonia, the foreign ministry said.\n' +
    'Ruritania has asked partners including the United States, the United Kingdom, France and Brazil for help, the ministry added. It will brief the United Kingdom, France and Brazil again.\n' +
    'The ministry said it had informed the Organization of American States (OAS) and the International Court of Justice (ICJ) on Monday.\n' +
    'Mali said it supports the decision of Ghana. Ghana said the United States would be informed.';
  const r = extract(text, { language: 'en' });
  const codes = r.countries.map((c) => c.code);

  it('when states are only named in a list of partners, then they are no actors of the article', () => {
    expect(codes).not.toContain('GB');
    expect(codes).not.toContain('FR');
    expect(codes).not.toContain('BR');
  });

  it('when an organisation is named with its acronym in brackets, then it counts as one mention, not an actor', () => {
    expect(codes).not.toContain('OAS');
    expect(codes).not.toContain('ICJ');
  });

  it('when "American" stands inside "Organization of American States", then it names no United States', () => {
    const us = r.countries.find((c) => c.code === 'US')?.mentions.map((m) => m.text) ?? [];
    expect(us).not.toContain('American');
  });

  it('when states speak, then they are actors', () => {
    expect(codes).toEqual(expect.arrayContaining(['ML', 'GH']));
  });
});
