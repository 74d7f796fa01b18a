#!/usr/bin/env node
import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);

// src/cli.ts
process.exitCode = 0;
