// A small JSON-with-comments parser that records where every value starts, so import
// errors can say "line 12:5" next to the JSON pointer. JSON.parse cannot do either:
// it rejects comments and its error positions differ between engines.

export interface Position { line: number; col: number }
export type ParseResult =
  | { ok: true; value: unknown; positions: Map<string, Position> }
  | { ok: false; message: string; position: Position };

class ParseError extends Error {
  constructor(message: string, readonly at: number) { super(message); }
}

const escapePointer = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJsonc(text: string): ParseResult {
  const positions = new Map<string, Position>();
  let i = 0;
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const posOf = (at: number): Position => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= at) lo = mid; else hi = mid - 1; }
    return { line: lo + 1, col: at - lineStarts[lo] + 1 };
  };
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') i++;
      else if (c === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; }
      else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) throw new ParseError('unterminated /* comment', i);
        i = end + 2;
      } else return;
    }
  };
  const str = (): string => {
    const start = i++;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') throw new ParseError('unterminated string', start);
      if (c === '"') { i++; return out; }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; }
        else if (e !== undefined && ESCAPES[e] !== undefined) { out += ESCAPES[e]; i += 2; }
        else throw new ParseError('invalid escape in string', i);
      } else if (c < ' ') throw new ParseError('control character in string', i);
      else { out += c; i++; }
    }
  };
  const value = (pointer: string): unknown => {
    skip();
    positions.set(pointer, posOf(i));
    const c = text[i];
    if (c === '{') {
      i++; const obj: Record<string, unknown> = {};
      skip();
      if (text[i] === '}') { i++; return obj; }
      for (;;) {
        skip();
        if (text[i] !== '"') throw new ParseError('expected a property name in double quotes', i);
        const keyAt = i;
        const key = str();
        skip();
        if (text[i] !== ':') throw new ParseError('expected ":" after property name', i);
        i++;
        if (Object.prototype.hasOwnProperty.call(obj, key)) throw new ParseError(`duplicate property "${key}"`, keyAt);
        Object.defineProperty(obj, key, { value: value(`${pointer}/${escapePointer(key)}`), enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return obj; }
        throw new ParseError('expected "," or "}"', i);
      }
    }
    if (c === '[') {
      i++; const arr: unknown[] = [];
      skip();
      if (text[i] === ']') { i++; return arr; }
      for (;;) {
        arr.push(value(`${pointer}/${arr.length}`));
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return arr; }
        throw new ParseError('expected "," or "]"', i);
      }
    }
    if (c === '"') return str();
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (m && m[0] !== '-') { i += m[0].length; return Number(m[0]); }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) { i += word.length; return v; }
    }
    throw new ParseError(c === undefined ? 'unexpected end of file' : `unexpected character "${c}"`, i);
  };
  try {
    const result = value('');
    skip();
    if (i < text.length) throw new ParseError('unexpected content after the JSON value', i);
    return { ok: true, value: result, positions };
  } catch (e) {
    const at = e instanceof ParseError ? e.at : i;
    const position = posOf(Math.min(at, text.length));
    return { ok: false, message: e instanceof ParseError ? e.message : 'invalid JSON', position };
  }
}

/** The position of the nearest pointer that has one (the pointer itself, or its closest ancestor). */
export function positionOf(positions: Map<string, Position>, pointer: string): Position | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = positions.get(p);
    if (found || p === '') return found;
  }
}
