#!/usr/bin/env node
// The keikaku command. keikaku's own TypeScript sources run through tsx (no
// build step to forget). Plan and progress modules are never run: the core's
// static reader parses them as data.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
