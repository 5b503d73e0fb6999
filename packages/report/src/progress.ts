/**
 * Progress for a batch: a listr2 display on a terminal, plain lines in CI.
 * The work reports each finished plan through `line`; on a terminal the
 * lines are kept and printed once the display is done.
 */
import { Listr } from 'listr2';

export async function withProgress(
  opts: { title: (done: number) => string; tty: boolean; print: (s: string) => void },
  work: (line: (s: string) => void) => Promise<void>,
): Promise<void> {
  if (!opts.tty) {
    await work(opts.print);
    return;
  }
  const lines: string[] = [];
  let failure: unknown;
  await new Listr(
    [
      {
        title: opts.title(0),
        task: async (_ctx, task) => {
          let n = 0;
          try {
            await work((s) => {
              n++;
              lines.push(s);
              task.title = opts.title(n);
              task.output = s;
            });
          } catch (err) {
            failure = err;
          }
        },
      },
    ],
    { exitOnError: false, renderer: 'default' },
  ).run();
  for (const l of lines) opts.print(l);
  if (failure) throw failure;
}
