// The action's entry point: everything lives in main.ts so tests can import it.
import { run } from './main.js';

await run();
