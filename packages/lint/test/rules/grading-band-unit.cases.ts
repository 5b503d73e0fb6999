import rule from '../../src/rules/grading-band-unit.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const LEVELS = "levels: [{ mark: 'a', label: '改善', meaning: 'improved' }, { mark: 'b', label: '変化なし', meaning: 'unchanged' }]";
const withBand = (band: string, unit = "'%'") => planText({ top: `grading: [{ id: 's', name: '評価', ${LEVELS}, band: ${band} }],`, goals: goal([indicator({ unit })]) });
ruleTester(rule, {
  valid: [
    { name: 'no band', plan: planText({ top: `grading: [{ id: 's', ${LEVELS} }],` }) },
    { name: '±3ポイント for survey indicators', plan: withBand("{ points: 3, unit: 'ポイント', appliesTo: '市民意識調査による指標' }") },
    { name: '±3% for count indicators (a relative band is meant)', plan: withBand("{ points: 3, unit: '%', appliesTo: '件数の指標' }") },
    { name: '±3% with no scope, and no indicator in %', plan: withBand("{ points: 3, unit: '%' }", "'件'") },
    { name: 'a band with no unit printed', plan: withBand("{ points: 3, appliesTo: '意識系の成果指標' }") },
  ],
  invalid: [
    {
      // fukuoka-shinchoku-2019: 「意識系の成果指標については…数値の変動幅が±3パーセント未満の場合は、「現状維持」」
      name: '±3パーセント未満 for 意識系 indicators (fukuoka-shinchoku-2019)',
      plan: withBand("{ points: 3, unit: 'パーセント', bound: '未満', appliesTo: '意識系の成果指標' }"),
      errors: [{ messageId: 'percentBand', text: "'パーセント'", data: { scale: '評価', points: 3, unit: 'パーセント', scope: '「意識系の成果指標」' } }],
    },
    {
      name: '±5% with no scope, where the plan has indicators in %',
      plan: withBand("{ points: 5, unit: '%' }"),
      errors: [{ messageId: 'percentBand', at: "'%' }", text: "'%'", data: { scale: '評価', points: 5, unit: '%', scope: '単位が % の指標' } }],
    },
  ],
});
