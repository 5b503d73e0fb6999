import rule from '../../src/rules/grade-criterion-missing.js';
import { ruleTester } from '../rule-tester.js';
import { planText } from '../snippets.js';

const scale = (levels: string, extra = '', source?: string) => planText({ top: `grading: [{ id: 's', name: '評価基準', ${extra} levels: [${levels}] }],`, source });
// fukuoka-shinchoku-2019 基本目標の評価基準: A〜D printed as names only.
const NAMES_ONLY = "{ mark: 'A', label: '順調', meaning: 'on-track' }, { mark: 'B', label: '概ね順調', meaning: 'on-track' }, { mark: 'C', label: 'やや遅れている', meaning: 'at-risk' }, { mark: 'D', label: '遅れている', meaning: 'worse' }";
ruleTester(rule, {
  valid: [
    { name: 'no grading scale', plan: planText() },
    // fukuoka-shinchoku-2019 成果指標の評価基準: each label says what it compares (目標値, 初期値, 改善, 悪化).
    {
      name: 'labels that state their comparison (fukuoka-shinchoku-2019 成果指標の評価基準)',
      plan: scale("{ mark: 'a', label: '目標値に向けて順調に進んでいる。', meaning: 'on-track' }, { mark: 'b', label: '目標値の達成に向けたペースは下回っているが、指標は改善している、または現状維持。', meaning: ['improved', 'unchanged'] }, { mark: 'c', label: '初期値よりも指標が悪化している。', meaning: 'worse' }"),
    },
    { name: 'names with a criterion each', plan: scale("{ mark: 'A', label: '順調', meaning: 'on-track', criterion: '達成率80%以上' }, { mark: 'B', label: '遅れている', meaning: 'at-risk', criterion: '達成率80%未満' }") },
    { name: 'names only, but the scale cites its source (健康日本21)', plan: scale(NAMES_ONLY, "source: '健康日本21（第二次）最終評価',") },
    { name: 'an assessment scale (事業の妥当性 優る〜劣る)', plan: scale("{ mark: '優る', label: '優る' }, { mark: '劣る', label: '劣る' }", "kind: 'assessment', about: '事業の妥当性',") },
    { name: '○ 実施 / × 未実施: an observable state', plan: scale("{ mark: '○', label: '実施', meaning: 'achieved' }, { mark: '×', label: '未実施', meaning: 'worse' }") },
    { name: '改善 / 変化なし / 悪化: the labels are the comparison', plan: scale("{ mark: 'a', label: '改善', meaning: 'improved' }, { mark: 'b', label: '変化なし', meaning: 'unchanged' }, { mark: 'c', label: '悪化', meaning: 'worse' }") },
    // sagamihara-kaizen-2015: a one-page sample prints the marks A/B/C; their criteria are on pages the excerpt does not hold.
    {
      name: 'marks only, the criteria beyond the excerpt (source.beyondExcerpt: grading)',
      plan: scale("{ mark: 'A', label: notStated(), meaning: 'achieved' }, { mark: 'C', label: notStated(), meaning: 'worse' }", '', "{ file: 'fixture', title: 'fixture', beyondExcerpt: ['grading'] }"),
      settings: { profile: 'publish' },
    },
  ],
  invalid: [
    {
      name: 'names only in an excerpt whose grading is not said to lie beyond it (beyondExcerpt: goals)',
      plan: scale(NAMES_ONLY, '', "{ file: 'fixture', title: 'fixture', beyondExcerpt: ['goals'] }"),
      errors: [{ messageId: 'namesOnly', text: `[${NAMES_ONLY}]`, data: { scale: '評価基準', levels: 'A 順調、B 概ね順調、C やや遅れている、D 遅れている' } }],
    },
    {
      name: 'A〜D named only (fukuoka-shinchoku-2019 基本目標の評価基準)',
      plan: scale(NAMES_ONLY),
      errors: [{ messageId: 'namesOnly', at: "[{ mark: 'A'", text: `[${NAMES_ONLY}]`, data: { scale: '評価基準', levels: 'A 順調、B 概ね順調、C やや遅れている、D 遅れている' } }],
    },
    {
      name: 'publishing: marks with no printed explanation (◎○△)',
      plan: scale("{ mark: '◎', label: notStated('記号の説明の印刷なし'), meaning: 'achieved' }, { mark: '△', label: notStated(), meaning: 'worse' }"),
      settings: { profile: 'publish' },
      errors: [{ messageId: 'namesOnly', text: "[{ mark: '◎', label: notStated('記号の説明の印刷なし'), meaning: 'achieved' }, { mark: '△', label: notStated(), meaning: 'worse' }]", severity: 'error', data: { scale: '評価基準', levels: '◎、△' } }],
    },
  ],
});
