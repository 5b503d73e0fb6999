import rule from '../../src/rules/era-pair.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
ruleTester(rule, {
  valid: [
    { name: 'agreeing pairs', plan: desc('2024年度（令和6年度）から2029年度（令和11年度）まで、令和元年度（2019年度）') },
    { name: 'full-width agreeing pair', plan: desc('２０２４年度（令和６年度）') },
    { name: '2019年 may be 平成31年', plan: desc('2019年（平成31年）4月') },
    { name: 'an era past its end agrees by arithmetic (era-year-past-end’s)', plan: desc('2020年度（平成32年度）') },
  ],
  invalid: [
    {
      name: 'Western first, era wrong',
      plan: desc('2024年度（令和5年度）から'),
      errors: [{ messageId: 'mismatch', at: '2024年度（', text: '2024年度（令和5年度）', data: { text: '2024年度（令和5年度）', western: 2024, expected: '正しくは 令和6' } }],
      output: desc('2024年度（令和6年度）から'),
    },
    {
      name: 'era first, 元年',
      plan: desc('令和2年度（2019年度）に策定'),
      errors: [{ messageId: 'mismatch', at: '令和2年度', text: '令和2年度（2019年度）', data: { text: '令和2年度（2019年度）', western: 2019, expected: '正しくは 令和元' } }],
      output: desc('令和元年度（2019年度）に策定'),
    },
    {
      name: 'full-width digits stay full-width',
      plan: desc('２０２４年度（令和５年度）'),
      errors: [{ messageId: 'mismatch', at: '２０２４', text: '２０２４年度（令和５年度）', data: { text: '２０２４年度（令和５年度）', western: 2024, expected: '正しくは 令和６' } }],
      output: desc('２０２４年度（令和６年度）'),
    },
    {
      name: 'a printed cell is reported, not rewritten',
      plan: planText({ goals: goal([indicator({ target: "{ fy: reiwa(11), value: 20, printed: '2029年度（令和10年度） 20%' }" })]) }),
      errors: [{ messageId: 'mismatch', at: '2029年度（', text: '2029年度（令和10年度）', data: { text: '2029年度（令和10年度）', western: 2029, expected: '正しくは 令和11' } }],
      output: null,
    },
    {
      name: 'in a progress narrative',
      progress: progressText("{ indicator: 'ind-a', value: 12 }", 2025, "narratives: [{ node: 'g1', items: ['2025年度（令和6年度）の実績'] }],"),
      errors: [{ messageId: 'mismatch', at: '2025年度（', in: 'progress', text: '2025年度（令和6年度）', data: { text: '2025年度（令和6年度）', western: 2025, expected: '正しくは 令和7' } }],
      progressOutput: progressText("{ indicator: 'ind-a', value: 12 }", 2025, "narratives: [{ node: 'g1', items: ['2025年度（令和7年度）の実績'] }],"),
      output: null,
    },
  ],
});
