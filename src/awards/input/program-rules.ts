import type { CedsIssue, IssuePath } from '../../core/errors.js';
import { decimalsOf } from '../../core/numbers.js';
import { indexIds } from '../../core/rules.js';
import type { AwardProgramDefinition } from '../types.js';

/**
 * The rules of a program that span fields, checked on a value of the right shape: unique ids;
 * scales with max above min; weights not all zero; at most 6 decimals; thresholds naming tiers
 * (within 0–100 under `percent`); tie-breaks naming criteria; declared conflicts naming judges;
 * trim, quorum and aggregation basis that fit.
 * @internal
 */
export function awardProgramRuleIssues(p: AwardProgramDefinition): CedsIssue[] {
  return [...idIssues(p), ...rubricIssues(p.rubric), ...ruleIssues(p)];
}

function idIssues(p: AwardProgramDefinition): CedsIssue[] {
  const issues: CedsIssue[] = [];
  const collections: [readonly { readonly id: string }[], IssuePath, string][] = [
    [p.categories, ['categories'], 'Category id'],
    [p.tiers, ['tiers'], 'Tier id'],
    [p.rubric.criteria, ['rubric', 'criteria'], 'Criterion id'],
    [p.panel, ['panel'], 'Judge id'],
  ];
  for (const [records, path, what] of collections) {
    const ids = records.map((r) => r.id);
    indexIds(ids, path, what, issues);
  }
  return issues;
}

function rubricIssues(rubric: AwardProgramDefinition['rubric']): CedsIssue[] {
  const issues: CedsIssue[] = [];
  rubric.criteria.forEach((c, index) => {
    const path = ['rubric', 'criteria', index];
    if (!(c.max > c.min))
      issues.push({
        path: [...path, 'max'],
        code: 'invalid_scale',
        message: `The scale maximum (${c.max}) must be greater than the minimum (${c.min})`,
      });
    for (const key of ['weight', 'min', 'max'] as const) {
      if (decimalsOf(c[key]) > 6)
        issues.push({ path: [...path, key], code: 'too_precise', message: `At most 6 decimals, got ${c[key]}` });
    }
  });
  if (rubric.criteria.every((c) => c.weight === 0)) {
    issues.push({
      path: ['rubric', 'criteria'],
      code: 'all_zero_weights',
      message: 'The criterion weights are all 0; at least one must be above 0',
    });
  }
  return issues;
}

function ruleIssues(p: AwardProgramDefinition): CedsIssue[] {
  const issues: CedsIssue[] = [];
  const rules = p.rules ?? {};
  const method = rules.aggregation?.method ?? 'mean';
  const trim = rules.aggregation?.trim;
  if (trim !== undefined && method !== 'trimmed-mean' && trim !== 0) {
    issues.push({
      path: ['rules', 'aggregation', 'trim'],
      code: 'unexpected_option',
      message: `A trim applies to "trimmed-mean" only, not to "${method}"`,
    });
  }
  if (method === 'trimmed-mean' && trim === 0) {
    issues.push({
      path: ['rules', 'aggregation', 'trim'],
      code: 'too_small',
      message: 'A trimmed mean drops at least 1 total at each end',
    });
  }
  if (method === 'z-score' && rules.aggregation?.by === 'criterion') {
    issues.push({
      path: ['rules', 'aggregation', 'by'],
      code: 'unexpected_option',
      message: '"z-score" standardises each judge\'s totals, so it aggregates by "judge" only',
    });
  }
  // Under `points`, aggregates are sums of weighted marks with no fixed range.
  const percent = rules.scale !== 'points';
  const outOfPercent = (value: number, path: IssuePath, what: string) => {
    if (percent && (value < 0 || value > 100))
      issues.push({ path, code: value < 0 ? 'too_small' : 'too_big', message: `${what} must be from 0 to 100` });
  };
  const deviation = rules.monitoring?.deviation;
  if (deviation !== undefined)
    outOfPercent(deviation, ['rules', 'monitoring', 'deviation'], 'The monitoring deviation');
  if (rules.quorum !== undefined && rules.quorum > p.panel.length) {
    issues.push({
      path: ['rules', 'quorum'],
      code: 'too_big',
      message: `The quorum (${rules.quorum}) exceeds the panel of ${p.panel.length} judges, so no entry could be ranked`,
    });
  }
  const judgeIds = new Set(p.panel.map((j) => j.id));
  (rules.conflicts?.declared ?? []).forEach((d, index) => {
    if (!judgeIds.has(d.judgeId))
      issues.push({
        path: ['rules', 'conflicts', 'declared', index, 'judgeId'],
        code: 'unknown_judge',
        message: `No judge ${JSON.stringify(d.judgeId)} on the panel`,
      });
  });
  const tierIds = new Set(p.tiers.map((t) => t.id));
  for (const [key, value] of Object.entries(rules.prizeThresholds ?? {})) {
    outOfPercent(value, ['rules', 'prizeThresholds', key], 'A prize threshold');
    if (!tierIds.has(key))
      issues.push({
        path: ['rules', 'prizeThresholds', key],
        code: 'unknown_tier',
        message: `No tier ${JSON.stringify(key)} in the program`,
      });
  }
  const criterionIds = new Set(p.rubric.criteria.map((c) => c.id));
  const steps = new Set<string>();
  const unknownCriterion = (id: string, path: IssuePath) => {
    if (!criterionIds.has(id))
      issues.push({ path, code: 'unknown_criterion', message: `No criterion ${JSON.stringify(id)} in the rubric` });
  };
  (rules.tieBreak ?? []).forEach((step, index) => {
    const path = ['rules', 'tieBreak', index];
    let key: string;
    if (typeof step === 'string') key = step;
    else if ('criterion' in step) {
      key = `criterion:${step.criterion}`;
      unknownCriterion(step.criterion, [...path, 'criterion']);
    } else {
      // The same criteria in any order are the same step.
      key = `criteria:${JSON.stringify([...step.criteria].sort())}`;
      const seen = new Set<string>();
      step.criteria.forEach((id, k) => {
        unknownCriterion(id, [...path, 'criteria', k]);
        if (seen.has(id))
          issues.push({
            path: [...path, 'criteria', k],
            code: 'duplicate_id',
            message: `The criterion ${JSON.stringify(id)} is already in this tie-break`,
          });
        seen.add(id);
      });
    }
    if (steps.has(key))
      issues.push({
        path: ['rules', 'tieBreak', index],
        code: 'duplicate_tie_break',
        message: `The tie-break ${key} is already in the chain`,
      });
    steps.add(key);
  });
  return issues;
}
