// The action's inputs: the ones this layer adds (check-run, from-report) and how
// from-report excludes the gate's own inputs.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors/index.js';
import { readInputs } from '../src/action/inputs.js';

const get = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('readInputs', () => {
  it('defaults: no check run, no from-report, the override label and maintain', () => {
    expect(readInputs(get({}))).toMatchObject({ checkRun: false, fromReport: null, overrideLabel: 'model-gate/override', overridePermission: 'maintain' });
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    ['', false],
  ])('check-run %j -> %s', (raw, value) => {
    expect(readInputs(get({ 'check-run': raw })).checkRun).toBe(value);
  });

  it('check-run must be a boolean', () => {
    expect(() => readInputs(get({ 'check-run': 'yes' }))).toThrow('input check-run is "yes": use true or false.');
  });

  it('from-report alone is fine (the name, token, comment and override inputs still apply)', () => {
    expect(readInputs(get({ 'from-report': 'r/report.json', 'override-permission': 'admin' }))).toMatchObject({ fromReport: 'r/report.json', overridePermission: 'admin' });
  });

  it.each([
    [{ 'baseline-eval': 'a.csv' }, "baseline-eval: from-report only posts an earlier run's report; remove that input"],
    [{ config: 'task: binary', shadow: 's.csv' }, "config, shadow: from-report only posts an earlier run's report; remove those inputs"],
  ])('from-report with %j is a UsageError naming them', (extra, message) => {
    const go = () => readInputs(get({ 'from-report': 'r.json', ...extra }));
    expect(go).toThrow(UsageError);
    expect(go).toThrow(`input from-report is given with ${message}`);
  });

  it('override-permission takes a repository role', () => {
    expect(() => readInputs(get({ 'override-permission': 'owner' }))).toThrow('input override-permission is "owner": use one of read, triage, write, maintain, admin.');
  });
});
