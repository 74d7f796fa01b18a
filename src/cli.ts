// The CLI's entry point (dist/cli.js): everything lives in cliMain.ts so tests can import it.
import { main } from './cliMain.js';

process.exitCode = await main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
