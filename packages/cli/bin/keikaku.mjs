#!/usr/bin/env node
// The keikaku command. keikaku's sources are TypeScript; the command runs them
// as a JavaScript bundle that @keikaku/core builds with esbuild on the first
// run after a source change and reuses while every input keeps its bytes
// (about 0.4 s less per command than through tsx); without one (a cache folder
// that cannot be written, a failed build, KEIKAKU_BUNDLE=0) through tsx. Plan
// and progress modules are never run: the core's static reader parses them as
// data.
import { launch } from '@keikaku/core/launch';

const { main } = await launch(new URL('../src/main.ts', import.meta.url));
process.exitCode = await main(process.argv);
