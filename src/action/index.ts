// src/action: the GitHub Action's entry (dist/index.js). Owns reading the
// action's inputs (inputs.ts), running the gate or posting an earlier report
// (main.ts) and publishing the verdict (publish.ts: the only setFailed and
// setOutput). Public surface: run(); importing this file runs the action.
import { run } from './main.js';

await run();
