import { describe, expect, test } from 'vitest';
import { coord, escapeXml, svgDocument } from '../../src/svg/document.js';
import {
  chartHeading,
  compactAmount,
  legendKey,
  levelWords,
  roundedRect,
  textElement,
} from '../../src/svg/elements.js';
import { assertWellFormedXml } from './well-formed.js';

describe('svg document parts', () => {
  test('escapeXml escapes the five XML characters and replaces characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('x\u0000y\uffffz\udc00')).toBe('x\ufffdy\ufffdz\ufffd');
    expect(escapeXml('tab\tnewline\n😀')).toBe('tab\tnewline\n😀');
  });

  test('coord keeps two decimals at most and never prints -0', () => {
    expect(coord(1.005)).toBe('1');
    expect(coord(12.3456)).toBe('12.35');
    expect(coord(-0)).toBe('0');
    expect(coord(-0.001)).toBe('0');
    expect(coord(170)).toBe('170');
  });

  test('levelWords names the level, or says there is no score', () => {
    expect(levelWords({ score: 70, level: { level: 4, name: 'Transactional' } })).toBe('level 4 Transactional');
    expect(levelWords({ score: 70, level: { level: 4, name: 'Transactional' } }, 'Level')).toBe(
      'Level 4 Transactional',
    );
    expect(levelWords({ score: null, level: null }, 'Level')).toBe('no score');
  });

  test('roundedRect and legendKey draw a bar and a swatch with its label', () => {
    expect(roundedRect(150, 10.005, 42.5, 16, '#000')).toBe(
      '<rect x="150" y="10.01" width="42.5" height="16" rx="2" fill="#000"/>',
    );
    expect(legendKey(24, 70, '#000', 'A & B', { 'font-weight': 600 }).split('\n')).toEqual([
      '<rect x="24" y="70" width="12" height="12" rx="2" fill="#000"/>',
      '<text x="42" y="80" font-size="12" font-weight="600">A &amp; B</text>',
    ]);
  });

  test('chartHeading is the title, and the summary line under it when given', () => {
    expect(chartHeading('T')).toBe('<text x="24" y="34" font-size="18" font-weight="600">T</text>');
    expect(chartHeading('T', 'S').split('\n')[1]).toBe('<text x="24" y="56" font-size="12" fill="#616e7c">S</text>');
  });

  test('compactAmount picks a unit and rounds half-up exactly', () => {
    expect(compactAmount('1234567890123')).toBe('1.23 T');
    expect(compactAmount('1200000000')).toBe('1.20 B');
    expect(compactAmount('1005000')).toBe('1.01 M');
    expect(compactAmount('950000')).toBe('950.00 K');
    expect(compactAmount('999.995')).toBe('1000');
    expect(compactAmount('12.5')).toBe('12.5');
    expect(compactAmount('0')).toBe('0');
    expect(compactAmount('-2500')).toBe('-2.50 K');
  });

  test('textElement escapes its content and attributes', () => {
    expect(textElement(1.234, 2, 'A & B', { fill: '"x"', 'font-size': 12.5 })).toBe(
      '<text x="1.23" y="2" fill="&quot;x&quot;" font-size="12.5">A &amp; B</text>',
    );
  });

  test('svgDocument is a well-formed, accessible root', () => {
    const svg = svgDocument({ width: 10, height: 20, title: 'T & t', description: 'D < d', body: ['<g/>'] });
    assertWellFormedXml(svg);
    expect(svg).toContain('role="img" aria-label="T &amp; t"');
    expect(svg.split('\n').slice(1, 3)).toEqual(['<title>T &amp; t</title>', '<desc>D &lt; d</desc>']);
  });
});
