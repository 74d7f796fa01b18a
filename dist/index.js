import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);

// src/main.ts
async function run() {
}

// src/index.ts
await run();
