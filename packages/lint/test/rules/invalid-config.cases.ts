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
      { name: 'no reason', config: '{ "rules": { "missing-target": { "severity": "off" } } }', errors: [{ messageId: 'reason-required', at: '"missing-target"', in: 'config' }] },
      { name: 'an unknown rule', config: '{ "rules": { "missing-targets": { "severity": "off", "reason": "x" } } }', errors: [{ messageId: 'unknown-rule', at: '"missing-targets"', in: 'config' }] },
      { name: 'a bad severity', config: '{ "rules": { "placeholder": { "severity": "fatal", "reason": "x" } } }', errors: [{ messageId: 'bad-severity', at: '"placeholder"', in: 'config' }] },
      { name: 'not JSON', config: '{ rules: ', errors: [{ messageId: 'unreadable', line: 1, column: 1, in: 'config' }] },
      { name: 'an unknown key', config: '{ "rule": {} }', errors: [{ messageId: 'unknown-key', at: '"rule"', in: 'config' }] },
    ],
  },
  { engine: true },
);
