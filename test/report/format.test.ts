import { describe, expect, it } from 'vitest';
import { formatDelta, formatInterval, formatNumber, formatP, formatValue } from '../../src/report/format.js';

describe('formatting numbers for people', () => {
  it.each([
    ['recall', 0.8421, '84.2%'],
    ['recall', 0.004, '0.4%'],
    ['recall', 0.0004, '0.04%'],
    ['recall', null, '–'],
    ['auc', 0.91234, '0.9123'],
    ['id_coverage', 0.995, '99.5%'],
    ['log_loss', 0.23456, '0.2346'],
    ['latency_p99_ms', 212.345, '212.3 ms'],
    ['cost_per_1k', 0.41234, '$0.412/1k'],
    ['mae', 12345.6, '12,346'],
    ['bias', -0.5, '−0.5'],
  ])('%s value %s is %s', (metric, x, expected) => {
    expect(formatValue(metric as string, x as number | null)).toBe(expected);
  });

  it.each([
    ['recall', -0.051, 0.842, '−5.1 pp'],
    ['recall', 0.003, 0.8, '+0.3 pp'],
    ['recall', 0, 0.8, '±0.0 pp'],
    ['latency_p99_ms', 24, 200, '+12%'],
    ['cost_per_1k', -0.01, 0.4, '−2.5%'],
    ['log_loss', 0.0123, 0.3, '+0.0123'],
  ])('%s delta %s (baseline %s) is %s', (metric, d, b, expected) => {
    expect(formatDelta(metric as string, d as number, b as number)).toBe(expected);
  });

  it('intervals in the delta units', () => {
    expect(formatInterval('recall', [-0.07, -0.032])).toBe('[−7.0, −3.2] pp');
    expect(formatInterval('log_loss', [-0.01, 0.02])).toBe('[−0.01, 0.02]');
    expect(formatInterval('recall', null)).toBe('–');
    // Latency and cost intervals are relative to the baseline, like their deltas.
    expect(formatInterval('latency_p99_ms', [6, 30], 200)).toBe('[+3.0%, +15%]');
    expect(formatInterval('cost_per_1k', [-0.02, 0.01], 0.4)).toBe('[−5.0%, +2.5%]');
    expect(formatInterval('latency_p99_ms', [6, 30])).toBe('[6, 30] ms');
  });

  it('p-values', () => {
    expect(formatP(0.0001)).toBe('<0.001');
    expect(formatP(0.0312)).toBe('0.031');
    expect(formatP(null)).toBe('–');
  });

  it('numbers to four significant digits with a real minus', () => {
    expect(formatNumber(-0.000012345)).toBe('−1.23e-5');
    expect(formatNumber(3.14159)).toBe('3.142');
    expect(formatNumber(0)).toBe('0');
  });
});
