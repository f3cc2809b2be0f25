// Programs and submissions that fight back: getters that answer differently on each read or
// throw, throwing Proxy traps, revoked Proxies, forged marks of trust. `safeJudgeAwards` must
// answer every one with data or a CedsInputError whose issues say where, and never throw.
import { describe, expect, test } from 'vitest';
import {
  CedsInputError,
  defineAwardProgram,
  findConflicts,
  judgeAwards,
  safeJudgeAwards,
  type AwardProgramDefinition,
  type Submissions,
} from '../../src/awards.js';
import { entry, participant, sheet, singleCriterionProgram, submissions } from '../awards/fixtures.js';
import { counted, readsMoreThanOnce } from './hostile.js';
import { expectInputError } from './invariants.js';

const program = singleCriterionProgram({ quorum: 1 });
const valid = submissions({
  participants: [participant('p1'), participant('p2')],
  entries: [entry('a', 'p1'), entry('b', 'p2')],
  scores: [...sheet('a', [7, 8, 9]), ...sheet('b', [6, 6, 6])],
});

/** `value` with the getter at `key` replaced by one that throws `thrown`. */
function throwingAt<T extends object>(value: T, key: string, thrown: unknown): T {
  return Object.defineProperty({ ...value }, key, {
    enumerable: true,
    get: () => {
      throw thrown;
    },
  });
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** The failure of `safeJudgeAwards` (which must not throw: the input cannot be copied to compare). */
function failureOf(p: unknown, s: unknown): CedsInputError {
  const outcome = safeJudgeAwards(p as AwardProgramDefinition, s as Submissions);
  if (outcome.success) throw new Error('expected a failure');
  expectInputError(outcome.error);
  return outcome.error;
}

describe('each input is read once (issue 13, item 2)', () => {
  test('defineAwardProgram reads every property of the definition once', () => {
    const reads = new Map<string, number>();
    const hostile = counted(
      singleCriterionProgram({
        prizeThresholds: { best: 50 },
        tieBreak: ['median', { criterion: 'overall' }],
        conflicts: { declared: [{ judgeId: 'j1', participantId: 'p1' }] },
        monitoring: { deviation: 10 },
      }),
      reads,
    );
    defineAwardProgram(hostile);
    expect(readsMoreThanOnce(reads)).toEqual([]);
    expect(reads.get('/rules/prizeThresholds/best')).toBe(1);
  });

  test('judgeAwards and findConflicts read every property of the submissions once', () => {
    for (const call of [judgeAwards, findConflicts]) {
      const reads = new Map<string, number>();
      call(program, counted(valid, reads));
      expect(readsMoreThanOnce(reads)).toEqual([]);
      expect(reads.get('/participants/0/id')).toBe(1);
    }
  });

  test('a rules getter that answers differently the second time is never asked again', () => {
    let calls = 0;
    const second = JSON.parse('{ "prizeThresholds": { "__proto__": 101 } }') as unknown;
    const twoFaced = Object.defineProperty({ ...program }, 'rules', {
      enumerable: true,
      get: () => (++calls === 1 ? { quorum: 1 } : second),
    });
    expect(defineAwardProgram(twoFaced).rules.prizeThresholds).toEqual({});
    expect(calls).toBe(1);
  });

  test('a score whose value changes between reads is judged on the value validated', () => {
    let calls = 0;
    const score = Object.defineProperty({ judgeId: 'j1', entryId: 'a', criterionId: 'overall' }, 'value', {
      enumerable: true,
      get: () => (++calls === 1 ? 5 : 1000),
    });
    const results = judgeAwards(program, { ...valid, scores: [score as never] });
    expect(results.categories[0]!.ranking[0]!.totals).toEqual([{ judgeId: 'j1', total: 50 }]);
  });
});

describe('safeJudgeAwards never throws on hostile objects (issue 13, item 3)', () => {
  test('a throwing getter in the program becomes an issue at its path', () => {
    const error = failureOf(throwingAt(program, 'edition', new Error('no edition today')), valid);
    expect(error.issues).toEqual([
      {
        path: ['edition'],
        code: 'unreadable',
        message: 'Could not be read (it threw Error: no edition today); pass plain data',
      },
    ]);
  });

  test('a throwing getter deep in the submissions, whatever it throws', () => {
    for (const thrown of [new TypeError('x'), 'a string', Symbol('s'), { toString: () => 'object' }, null]) {
      const scores = [...valid.scores];
      scores[2] = throwingAt(scores[2]!, 'value', thrown);
      const error = failureOf(program, { ...valid, scores });
      expect(error.issues.map((i) => [i.path, i.code])).toEqual([[['scores', 2, 'value'], 'unreadable']]);
    }
  });

  test('a thrown value that cannot even be shown', () => {
    const unshowable = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    const error = failureOf(throwingAt(program, 'edition', unshowable), valid);
    expect(error.issues[0]!.message).toContain('a value that cannot be shown');
  });

  test('a Proxy whose traps throw, at the path of what it guards', () => {
    const participants = new Proxy([...valid.participants], {
      get(target, key) {
        if (key === '1') throw new RangeError('trap');
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(failureOf(program, { ...valid, participants }).issues.map((i) => i.path)).toEqual([['participants', 1]]);

    const rules = new Proxy(
      { quorum: 1 },
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(failureOf({ ...program, rules }, valid).issues.map((i) => i.path)).toEqual([['rules']]);
  });

  test('a revoked Proxy anywhere: the root, a record, an array', () => {
    expect(failureOf(revoked(), valid).issues.map((i) => i.path)).toEqual([[]]);
    expect(failureOf(program, revoked()).issues.map((i) => i.path)).toEqual([[]]);
    const panel = [...program.panel];
    panel[3] = revoked() as never;
    expect(failureOf({ ...program, panel }, valid).issues.map((i) => i.path)).toEqual([['panel', 3]]);
    expect(failureOf(program, { ...valid, scores: revoked() }).issues.map((i) => i.path)).toEqual([['scores']]);
    const tieBreak = [revoked()];
    expect(failureOf({ ...program, rules: { tieBreak } }, valid).issues.map((i) => i.path)).toEqual([
      ['rules', 'tieBreak', 0],
    ]);
  });

  test('other problems are still listed beside what could not be read', () => {
    const error = failureOf(throwingAt({ ...program, tiers: [] }, 'edition', new Error('x')), valid);
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['edition'], 'unreadable'],
      [['tiers'], 'too_small'],
    ]);
  });

  test('findConflicts and defineAwardProgram throw a CedsInputError, not what the object threw', () => {
    expect(() => defineAwardProgram(revoked() as never)).toThrow(CedsInputError);
    expect(() => findConflicts(program, revoked() as never)).toThrow(CedsInputError);
  });

  test('the outcome and its error are frozen (issue 13, item 7)', () => {
    const failure = safeJudgeAwards(program, revoked() as never);
    expect(Object.isFrozen(failure)).toBe(true);
    expect(!failure.success && Object.isFrozen(failure.error)).toBe(true);
    const success = safeJudgeAwards(program, valid);
    expect(Object.isFrozen(success)).toBe(true);
  });
});

describe('trust cannot be forged (issue 13, item 5)', () => {
  test('a frozen look-alike carrying the old mark is validated, and its bad weight rejected', () => {
    const forged = structuredClone(defineAwardProgram(program)) as unknown as {
      rubric: { criteria: { weight: number }[] };
    };
    forged.rubric.criteria[0]!.weight = -1;
    Object.defineProperty(forged, Symbol.for('wego-ceds.award-program'), { value: true });
    Object.freeze(forged);
    const error = failureOf(forged, valid);
    expect(error.issues.map((i) => i.path)).toContainEqual(['rubric', 'criteria', 0, 'weight']);
  });

  test('a program defined here is used as it is; a copy of it is validated again, to the same program', () => {
    const defined = defineAwardProgram(program);
    expect(defineAwardProgram(defined)).toBe(defined);
    const copy = structuredClone(defined);
    const again = defineAwardProgram(copy);
    expect(again).not.toBe(copy);
    expect(again).toEqual(defined);
  });
});
