import { describe, expect, it } from 'vitest';
import {
  JsonObjectSplitter,
  OversizeObjectError,
  type SplitterWarning,
} from '../../../electron/protocol/json-object-splitter.js';
import { fixtureBytes, TWO_OBJECTS } from './fixtures.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

function feed(chunks: Uint8Array[], options?: { maxObjectBytes?: number }) {
  const warnings: SplitterWarning[] = [];
  const splitter = new JsonObjectSplitter({ ...options, onWarning: (w) => warnings.push(w) });
  const objects = chunks.flatMap((chunk) => splitter.push(chunk));
  return { objects, warnings, splitter };
}

describe('JsonObjectSplitter: framing', () => {
  const stream = fixtureBytes('tcp-two-objects.bin');

  it('parses the two-object fixture in one read', () => {
    const { objects, warnings, splitter } = feed([stream]);
    expect(objects).toEqual(TWO_OBJECTS);
    expect(warnings).toEqual([]);
    expect(splitter.bufferedBytes).toBe(0);
  });

  it('splits at every byte boundary, including inside multi-byte characters', () => {
    for (let cut = 0; cut <= stream.length; cut += 1) {
      const { objects, warnings } = feed([stream.subarray(0, cut), stream.subarray(cut)]);
      expect(objects, `cut at byte ${cut}`).toEqual(TWO_OBJECTS);
      expect(warnings, `cut at byte ${cut}`).toEqual([]);
    }
  });

  it('survives one byte per read', () => {
    const chunks = [...stream].map((b) => Uint8Array.of(b));
    expect(feed(chunks).objects).toEqual(TWO_OBJECTS);
  });

  it('keeps a partial object buffered until it completes', () => {
    const splitter = new JsonObjectSplitter();
    expect(splitter.push(stream.subarray(0, 40))).toEqual([]);
    expect(splitter.bufferedBytes).toBe(40);
    expect(splitter.push(stream.subarray(40))).toEqual(TWO_OBJECTS);
    expect(splitter.bufferedBytes).toBe(0);
  });

  it('decodes a character split across reads to the right text', () => {
    const text = '{"name":"Küche ☕ 🔌"}';
    const raw = bytes(text);
    const plug = raw.indexOf(Buffer.from('🔌', 'utf8'));
    for (const cut of [plug + 1, plug + 2, plug + 3]) {
      const { objects } = feed([raw.subarray(0, cut), raw.subarray(cut)]);
      expect(objects).toEqual([{ name: 'Küche ☕ 🔌' }]);
    }
  });

  it('replaces invalid UTF-8 instead of failing', () => {
    const raw = Buffer.concat([bytes('{"a":"x'), Buffer.from([0xff, 0xfe]), bytes('y"}')]);
    expect(feed([raw]).objects).toEqual([{ a: 'x\uFFFD\uFFFDy' }]);
  });

  it('handles newline-delimited, back-to-back and whitespace-separated objects alike', () => {
    for (const sep of ['', '\n', '\r\n', ' \t \n\n  ']) {
      const { objects, warnings } = feed([bytes(`{"a":1}${sep}{"b":2}${sep}{"c":3}${sep}`)]);
      expect(objects, JSON.stringify(sep)).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
      expect(warnings).toEqual([]);
    }
  });

  it('ignores braces and quotes inside strings', () => {
    const text = String.raw`{"a":"}{","b":"\"{","c":"\\","d":{"e":"}"}}{"z":1}`;
    expect(feed([bytes(text)]).objects).toEqual([
      { a: '}{', b: '"{', c: '\\', d: { e: '}' } },
      { z: 1 },
    ]);
  });

  it('copies partial input, so a caller may reuse its read buffer', () => {
    const splitter = new JsonObjectSplitter();
    const reused = new Uint8Array(bytes('{"a":"xy'));
    splitter.push(reused);
    reused.fill(0x20);
    expect(splitter.push(bytes('z"}'))).toEqual([{ a: 'xyz' }]);
  });
});

describe('JsonObjectSplitter: junk', () => {
  it('skips junk lines and non-object values in a capture, one warning each', () => {
    const { objects, warnings } = feed([fixtureBytes('tcp-mixed-stream.bin')]);
    expect(objects.map((o) => o.packetID)).toEqual([839379, 839380, 839381, 839382]);
    expect(warnings.map((w) => w.kind)).toEqual(['non-object', 'non-object', 'non-object', 'junk']);
    expect(warnings[0].detail).toContain('42');
    expect(warnings[3].detail).toContain('boot: ets');
  });

  it('recovers at the next { when junk touches an object', () => {
    const { objects, warnings } = feed([bytes('{"a":1}42{"b":2}oops{"c":3}')]);
    expect(objects).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
    expect(warnings.map((w) => w.kind)).toEqual(['non-object', 'junk']);
  });

  it('reports a junk run split across reads once', () => {
    const { objects, warnings } = feed([bytes('{"a":1}gar'), bytes('bage'), bytes('{"b":2}')]);
    expect(objects).toEqual([{ a: 1 }, { b: 2 }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].detail).toContain('garbage');
  });

  it('skips an object with balanced braces but invalid JSON', () => {
    const { objects, warnings } = feed([bytes('{"a":tru}{"b":2}{,}')]);
    expect(objects).toEqual([{ b: 2 }]);
    expect(warnings.map((w) => w.kind)).toEqual(['junk', 'junk']);
  });
});

describe('JsonObjectSplitter: bounds', () => {
  it('accepts an object of exactly maxObjectBytes', () => {
    const text = `{"a":"${'x'.repeat(92)}"}`;
    expect(text).toHaveLength(100);
    expect(feed([bytes(text)], { maxObjectBytes: 100 }).objects).toHaveLength(1);
  });

  it('throws when a partial object outgrows the limit, and drops the buffer', () => {
    const splitter = new JsonObjectSplitter({ maxObjectBytes: 100 });
    expect(splitter.push(bytes(`{"a":"${'x'.repeat(60)}`))).toEqual([]);
    expect(() => splitter.push(bytes('x'.repeat(60)))).toThrow(OversizeObjectError);
    expect(splitter.bufferedBytes).toBe(0);
  });

  it('hands over objects completed before the oversize one in the same read', () => {
    const splitter = new JsonObjectSplitter({ maxObjectBytes: 50 });
    let caught: unknown;
    try {
      splitter.push(bytes(`{"ok":1}{"big":"${'x'.repeat(100)}"}`));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OversizeObjectError);
    expect((caught as OversizeObjectError).objectsBefore).toEqual([{ ok: 1 }]);
  });

  it('never buffers more than the limit while an endless object streams in', () => {
    const splitter = new JsonObjectSplitter({ maxObjectBytes: 4096 });
    let throws = 0;
    let maxBuffered = 0;
    splitter.push(bytes('{"a":"'));
    const chunk = bytes('y'.repeat(1000));
    for (let i = 0; i < 1000; i += 1) {
      try {
        splitter.push(chunk);
      } catch (error) {
        expect(error).toBeInstanceOf(OversizeObjectError);
        throws += 1;
        splitter.push(bytes('{"a":"'));
      }
      maxBuffered = Math.max(maxBuffered, splitter.bufferedBytes);
    }
    expect(throws).toBeGreaterThan(100);
    expect(maxBuffered).toBeLessThanOrEqual(4096);
  });

  it('parses a 1 MB stream of small objects fully', () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_048_576; i += 1) {
      const part = `{"sn":"11A1A7000B","packetID":${100000 + i},"payload":{"callbackName":11,"callbackArgs":[2,{"t":"2${i % 10}.5°C"}]}}${i % 3 === 0 ? '\n' : ''}`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    const stream = bytes(parts.join(''));
    const chunks: Buffer[] = [];
    for (let offset = 0; offset < stream.length; offset += 4093) {
      chunks.push(stream.subarray(offset, offset + 4093));
    }
    const { objects, warnings, splitter } = feed(chunks);
    expect(objects).toHaveLength(parts.length);
    expect(objects.at(-1)?.packetID).toBe(100000 + parts.length - 1);
    expect(warnings).toEqual([]);
    expect(splitter.bufferedBytes).toBe(0);
  });
});
