/**
 * A compiler worker thread: checks the batches the coordinator sends, in one
 * program per batch, sharing the parsed library and schema files across
 * batches, and answers with each file's findings.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type ts from './typecheck-ts.js';
import { checkFiles, compilerOptions } from './typecheck.js';

const port = parentPort!;
const { root } = workerData as { root: string };
const options = compilerOptions(root);
const shared = new Map<string, ts.SourceFile>();

port.on('message', (files: string[]) => {
  const got = checkFiles(root, files, options, shared);
  port.postMessage({ results: [...got] });
});
port.postMessage({ ready: true });
