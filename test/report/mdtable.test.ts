import { describe, expect, it } from 'vitest';
import { fitTable, tableHead, tableRow } from '../../src/report/mdtable.js';

const head = tableHead(['a', 'b'], ['l', 'r']);
const rows = Array.from({ length: 10 }, (_, i) => tableRow([`r${i}`, String(i)]));
const more = (n: number) => `and ${n} more`;

describe('fitTable', () => {
  it('writes the whole table when it fits', () => {
    expect(head).toBe('| a | b |\n| :- | -: |');
    const t = fitTable(head, rows, 10_000, more);
    expect(t.shown).toBe(10);
    expect(t.text).toBe([head, ...rows].join('\n'));
  });

  it('keeps the first rows that fit and counts the rest, within the budget', () => {
    for (let budget = head.length; budget < 200; budget++) {
      const t = fitTable(head, rows, budget, more);
      if (t.shown > 0) {
        expect(t.text.length).toBeLessThanOrEqual(budget);
        expect(t.text).toBe(t.shown === 10 ? [head, ...rows].join('\n') : `${[head, ...rows.slice(0, t.shown)].join('\n')}\n\nand ${10 - t.shown} more`);
      } else {
        expect(t.text).toBe('and 10 more');
      }
    }
    // 21 (head) + 4 rows of 11 (with their newline) + "\n\nand 6 more" (12) = 77
    expect(fitTable(head, rows, 77, more).shown).toBe(4);
    expect(fitTable(head, rows, 76, more).shown).toBe(3);
  });
});
