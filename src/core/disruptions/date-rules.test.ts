import { describe, expect, it } from 'vitest';
import { estimateProblem, promiseProblem, startedOnProblem } from './date-rules.ts';

const today = '2026-11-24';

describe('date rules', () => {
  it.each([
    ['today', today, null],
    ['last week (declared late)', '2026-11-17', null],
    ['next week (announced ahead)', '2026-12-01', null],
    ['two years ago', '2024-11-24', 'More than 365 days ago'],
    ['two years ahead', '2028-11-24', 'More than 365 days ahead'],
  ])('start %s', (_label, startedOn, problem) => {
    expect(startedOnProblem(startedOn, today)).toBe(problem);
  });

  it.each([
    ['today', today, today, null],
    ['in three weeks', '2026-12-15', today, null],
    ['yesterday', '2026-11-23', '2026-11-20', 'Already past: an estimate is today or later'],
    ['before a future start', '2026-12-01', '2026-12-05', 'Before the disruption starts'],
    ['three years ahead', '2029-11-24', today, 'More than 730 days ahead'],
  ])('estimate %s', (_label, estimateOn, startedOn, problem) => {
    expect(estimateProblem(estimateOn, today, startedOn)).toBe(problem);
  });

  it.each([
    ['on the estimate', '2026-12-14', '2026-12-14', null],
    ['after it', '2026-12-21', '2026-12-14', null],
    [
      'before it',
      '2026-12-13',
      '2026-12-14',
      'Before the estimate (2026-12-14): a promise needs the estimate behind it',
    ],
    ['no estimate', '2026-12-13', null, 'Give an estimate first (POST …/estimate)'],
    ['far after it', '2028-01-01', '2026-12-14', 'More than 365 days after the estimate'],
  ])('promise %s', (_label, promisedOn, estimateOn, problem) => {
    expect(promiseProblem(promisedOn, estimateOn)).toBe(problem);
  });
});
