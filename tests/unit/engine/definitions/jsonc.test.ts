// The JSONC parser: comments outside strings, positions of values, and parse errors with line:col.
import { describe, expect, it } from 'vitest';
import { parseJsonc, positionOf } from '@/engine/definitions/jsonc';

describe('parseJsonc', () => {
  it.each([
    ['line comment', '{"a": 1} // tail', { a: 1 }],
    ['block comment between values', '{"a": /* một */ 1, "b": [2, /* hai */ 3]}', { a: 1, b: [2, 3] }],
    ['comment markers inside strings are text', '{"url": "http://x.vn/*y*/", "c": "//"}', { url: 'http://x.vn/*y*/', c: '//' }],
    ['escapes and unicode', '{"s": "Ng\\u01b0\\u1eddi \\"l\\u1eadp\\"\\n"}', { s: 'Người "lập"\n' }],
    ['numbers', '[0, -1.5, 2e3, 1E-2]', [0, -1.5, 2000, 0.01]],
    ['literals', '[true, false, null]', [true, false, null]],
    ['byte order mark', '\uFEFF{"a": 1}', { a: 1 }],
    ['__proto__ is a plain key', '{"__proto__": {"x": 1}}', JSON.parse('{"__proto__": {"x": 1}}')],
  ])('%s', (_name, text, expected) => {
    const r = parseJsonc(text);
    expect(r.ok && r.value).toEqual(expected);
  });

  it.each([
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected ","/],
    ['trailing comma', '[1, 2,\n]', 2, 1, /unexpected character "]"/],
    ['single quotes', "{'a': 1}", 1, 2, /double quotes/],
    ['unterminated string', '{"a": "abc\n}', 1, 7, /unterminated string/],
    ["duplicate key", '{"a": 1, "a": 2}', 1, 10, /duplicate property "a"/],
    ['extra content', '{} {}', 1, 4, /after the JSON value/],
    ['empty', '   ', 1, 4, /end of file/],
  ])('%s reports line:col', (_name, text, line, col, message) => {
    const r = parseJsonc(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toEqual({ line, col });
    expect(r.message).toMatch(message);
  });

  it('records the position of every value by pointer, falling back to the closest ancestor', () => {
    const r = parseJsonc('{\n  // header\n  "a": {\n    "b/c": [10, 20]\n  }\n}');
    if (!r.ok) throw new Error('parse failed');
    expect(r.positions.get('/a/b~1c/1')).toEqual({ line: 4, col: 17 });
    expect(positionOf(r.positions, '/a/b~1c/1/zzz')).toEqual({ line: 4, col: 17 });
    expect(positionOf(r.positions, '/missing')).toEqual({ line: 1, col: 1 });
  });
});
