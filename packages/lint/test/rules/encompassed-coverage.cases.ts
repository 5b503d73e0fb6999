import rule from '../../src/rules/encompassed-coverage.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const saihan = "{ id: 'saihan-boushi', kind: '地方再犯防止推進計画', law: '再犯の防止等の推進に関する法律第8条' }";
ruleTester(rule, {
  valid: [
    { name: 'an indicator marked encompassed', plan: planText({ encompasses: saihan, goals: goal([indicator({ encompassed: "'saihan-boushi'" })]) }) },
    { name: 'a goal titled for it', plan: planText({ encompasses: saihan, goals: goal([indicator()]).replace("'目標1'", "'再犯防止と立ち直りへの支援'") }) },
    { name: 'no goals recorded (an excerpt)', plan: planText({ encompasses: saihan, goals: '' }) },
    { name: 'a printed section heading naming it', plan: planText({ encompasses: saihan, top: "sections: [{ heading: '再犯防止推進計画の位置づけ', paragraphs: ['本計画は再犯防止推進計画を包含します。'] }]," }) },
  ],
  invalid: [
    { name: 'nothing for it', plan: planText({ encompasses: saihan }), errors: [{ messageId: 'uncovered', text: "'saihan-boushi'", data: { title: '地方再犯防止推進計画', kind: '地方再犯防止推進計画', law: '再犯の防止等の推進に関する法律第8条' } }] },
    {
      // The encoder's own heading ({ read }) is not the document naming the plan.
      name: 'only a heading the encoder supplied names it',
      plan: planText({ encompasses: saihan, top: "sections: [{ heading: { read: '再犯防止推進計画の位置づけ', note: '見出しの印刷なし' }, paragraphs: ['本計画は再犯防止推進計画を包含します。'] }]," }),
      errors: [{ messageId: 'uncovered', text: "'saihan-boushi'", data: { title: '地方再犯防止推進計画', kind: '地方再犯防止推進計画', law: '再犯の防止等の推進に関する法律第8条' } }],
    },
  ],
});
