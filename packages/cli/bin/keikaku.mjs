#!/usr/bin/env node
// The keikaku command. Plan modules are TypeScript that staff edit by hand, so
// they are loaded from source through tsx; there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
