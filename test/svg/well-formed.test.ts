import { describe, expect, test } from 'vitest';
import { assertWellFormedXml } from './well-formed.js';

describe('assertWellFormedXml', () => {
  test('accepts a small well-formed document', () => {
    expect(() =>
      assertWellFormedXml('<svg a="1" b=\'&amp;\'><title>A &lt; B</title><g/><!-- c --></svg>'),
    ).not.toThrow();
  });
  test.each([
    ['an unescaped ampersand', '<svg><title>A & B</title></svg>'],
    ['a raw < in an attribute', '<svg aria-label="a<b"/>'],
    ['mismatched tags', '<svg><g></svg></g>'],
    ['an unclosed element', '<svg><g>'],
    ['a duplicate attribute', '<svg a="1" a="2"/>'],
    ['an unquoted attribute', '<svg a=1/>'],
    ['two roots', '<svg/><svg/>'],
    ['text outside the root', 'x<svg/>'],
    ['a NUL character', '<svg>\u0000</svg>'],
    ['nothing at all', ''],
  ])('rejects %s', (_name, xml) => {
    expect(() => assertWellFormedXml(xml)).toThrow();
  });
});
