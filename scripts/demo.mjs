// npm run demo: the gate on examples/ from the committed bundle (no install
// needed). The demo's candidate is meant to be blocked, so exit 1 (fail) is
// the expected outcome here; only 2 (an error) fails the demo itself.
import { spawnSync } from 'node:child_process';

const args = [
  'dist/cli.js',
  '--config',
  'examples/gate.yml',
  '--baseline-eval',
  'examples/baseline.csv',
  '--candidate-eval',
  'examples/candidate.csv',
  '--name',
  'fraud-scorer',
  '--report-dir',
  'examples/out',
];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
const meaning = { 0: 'pass or warn: may ship', 1: 'fail: blocked' }[r.status] ?? 'error';
console.log(`\nmodel-gate exited ${r.status} (${meaning}); report files in examples/out/ (report.json, report.md, report.html: open it in a browser).`);
process.exitCode = r.status === 0 || r.status === 1 ? 0 : (r.status ?? 2);
