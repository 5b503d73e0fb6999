/**
 * stringsOf sorts every string of a plan by what kind of text it is. The encoder's own words about a
 * reading or an absence (the `note` of `{ read, note }` and of `notStated(note)`) are `annotation`, not
 * the document's prose, so rules about the document's wording (era years, typos) leave them alone:
 * 加古川's encoder noted 「表の列は H28〜H32」, and lint called H32 a year that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { stringsOf } from '../src/index.js';

describe('stringsOf kinds', () => {
  const plan = {
    id: 'x',
    title: 'テスト市地域福祉計画',
    period: { notStated: true, note: '抜粋に計画期間の記載なし（表の列は H28〜H32）' },
    encompasses: [{ kind: '成年後見', note: '※ 社会福祉法第に規定される計画を包含' }],
    indicators: [
      {
        id: 'i1',
        name: '割合',
        direction: { read: 'increase', note: '矢印は印刷されていない' },
        target: { fy: { read: 2020, note: 'H32 の列と読んだ' }, value: 51, printed: '51.0%' },
      },
    ],
  };
  const byPath = new Map(stringsOf(plan).map((s) => [s.path.join('.'), s.kind]));

  it.each([
    ['period.note', 'annotation'],
    ['indicators.0.direction.note', 'annotation'],
    ['indicators.0.target.fy.note', 'annotation'],
    ['encompasses.0.note', 'prose'], // a note the document prints (※ …) stays prose
    ['title', 'prose'],
    ['indicators.0.name', 'prose'],
    ['indicators.0.target.printed', 'printed'],
    ['indicators.0.id', 'code'],
  ])('%s is %s', (path, kind) => {
    expect(byPath.get(path)).toBe(kind);
  });
});
