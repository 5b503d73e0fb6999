/**
 * `report --timeout` for every stage of a plan, not only printing (issue 14):
 * preparation (evaluation, charts, HTML) and post-processing are raced against
 * the same limit, and a stage that returned after it still fails the plan, so a
 * plan never takes more than its limit per stage unnoticed. Synchronous work
 * cannot be pre-empted inside one thread: what keeps each stage short is that
 * the inputs are bounded (prose size limits, linear patterns, the plan size
 * the reader accepts); this makes an overrun a named, plain failure.
 */
import { RenderError } from './render/browser.js';

export async function withinLimit<T>(work: Promise<T>, ms: number | undefined, planId: string, stage: { ja: string; en: string }): Promise<T> {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return work;
  const t0 = performance.now();
  const late = () =>
    new RenderError(
      'timeout',
      `${planId} の${stage.ja}が ${Math.round(ms / 1000)} 秒で終わらなかったため中止しました（--timeout で延ばせます）`,
      `${stage.en} of ${planId} did not finish within ${Math.round(ms / 1000)} s and was stopped (raise it with --timeout)`,
    );
  let timer: NodeJS.Timeout | undefined;
  try {
    const r = await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), ms)))]);
    if (performance.now() - t0 > ms) throw late();
    return r;
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
  }
}

export const STAGE_PREPARE = { ja: '準備（評価・グラフ・HTML）', en: 'preparing (evaluation, charts, HTML)' };
export const STAGE_POST = { ja: 'PDF の仕上げ', en: 'finishing the PDF' };
