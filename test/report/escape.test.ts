import { describe, expect, it } from 'vitest';
import { codeBlock, escapeText } from '../../src/report/escape.js';

describe('escapeText', () => {
  it('keeps a table row intact', () => {
    const s = escapeText('a|b\nc\r\nd');
    expect(s).not.toMatch(/(?<!\\)\|/);
    expect(s).not.toMatch(/[\r\n]/);
  });

  it('makes HTML inert', () => {
    expect(escapeText('<img src=x onerror=alert(1)>')).not.toContain('<');
  });

  it('does not mention or cross-reference', () => {
    const s = escapeText('@octocat @org/team #12 GH-7');
    expect(s).not.toMatch(/@[A-Za-z]/);
    expect(s).not.toMatch(/#\d/);
    expect(s).not.toMatch(/GH-\d/);
  });

  it('smuggles no links or emphasis', () => {
    const s = escapeText('[click](https://evil.example) **bold** www.evil.example');
    expect(s).not.toMatch(/(?<!\\)[[\]()*]/);
    expect(s).not.toContain('https://');
    expect(s).not.toMatch(/www\./);
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('a ```` b', 'yaml')).toBe('`````yaml\na ```` b\n`````');
    expect(codeBlock('plain')).toBe('```\nplain\n```');
  });
});
