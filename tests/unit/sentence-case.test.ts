/** The commands index writes RFC headings and names in sentence case. */
import { describe, expect, it } from 'vitest';
import { sentenceCase } from '../../src/lib/site/sentence-case.ts';

describe('sentenceCase', () => {
  it('lower-cases every word after the first', () => {
    expect(sentenceCase('Connection Establishment')).toBe('Connection establishment');
    expect(sentenceCase('Data Channel Protection Level')).toBe('Data channel protection level');
  });

  it('treats a slash as a word break', () => {
    expect(sentenceCase('Authentication/Security Mechanism')).toBe('Authentication/security mechanism');
  });

  it('keeps abbreviations and words with digits', () => {
    expect(sentenceCase('Use TLS For IPv6')).toBe('Use TLS for IPv6');
  });

  it('leaves text already in sentence case as it is', () => {
    expect(sentenceCase('Append (with create)')).toBe('Append (with create)');
  });
});
