// src/cli: the CLI's entry (dist/cli.js). Owns the flags (args.ts) and the run
// from argv to stdout and an exit status (main.ts). Public surface: main(argv,
// out, err) -> exit status; importing this file runs the CLI on process.argv.
import { main } from './main.js';

process.exitCode = await main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
  { isTTY: process.stdout.isTTY === true, env: process.env },
);
