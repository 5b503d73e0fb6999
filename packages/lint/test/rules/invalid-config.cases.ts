import rule from '../../src/rules/invalid-config.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      { name: 'no configuration' },
      { name: 'a setting with a reason', config: '{ "rules": { "missing-target": { "severity": "off", "reason": "数値目標は設定しない" } } }' },
    ],
    invalid: [
      { name: 'no reason', config: '{ "rules": { "missing-target": { "severity": "off" } } }', errors: [{ messageId: 'reason-required', text: '"missing-target"', in: 'config', data: {} }] },
      { name: 'an unknown rule', config: '{ "rules": { "missing-targets": { "severity": "off", "reason": "x" } } }', errors: [{ messageId: 'unknown-rule', text: '"missing-targets"', in: 'config', data: {} }] },
      { name: 'rule-crash (a message id, not a rule)', config: '{ "rules": { "rule-crash": { "severity": "off", "reason": "x" } } }', errors: [{ messageId: 'unknown-rule', text: '"rule-crash"', in: 'config', data: {} }] },
      { name: 'a bad severity', config: '{ "rules": { "placeholder": { "severity": "fatal", "reason": "x" } } }', errors: [{ messageId: 'bad-severity', text: '"placeholder"', in: 'config', data: {} }] },
      { name: 'not JSON', config: '{ rules: ', errors: [{ messageId: 'unreadable', line: 1, column: 1, in: 'config', text: '', data: {} }] },
      { name: 'an unknown key', config: '{ "rule": {} }', errors: [{ messageId: 'unknown-key', text: '"rule"', in: 'config', data: {} }] },
    ],
  },
  { engine: true },
);
