/**
 * Where the objects and the read boundaries fall in a captured TCP stream, to check what a
 * framing mode really did on the wire. Byte-based and independent of the reference scanner.
 */
export interface StreamShape {
  /** [start, endExclusive) byte ranges of top-level `{...}` objects. */
  objects: Array<[number, number]>;
  /** Byte offsets where one read ended and the next began. */
  boundaries: number[];
  bytes: Buffer;
}

export function streamShape(chunks: readonly Buffer[]): StreamShape {
  const bytes = Buffer.concat(chunks);
  const boundaries: number[] = [];
  let offset = 0;
  for (const chunk of chunks.slice(0, -1)) boundaries.push((offset += chunk.length));
  const objects: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x7b && depth++ === 0) start = i;
    else if (bytes[i] === 0x7d && --depth === 0) objects.push([start, i + 1]);
  }
  return { objects, boundaries, bytes };
}

/** Objects whose bytes arrived in more than one read. */
export function splitObjects(shape: StreamShape): number {
  return shape.objects.filter(([start, end]) =>
    shape.boundaries.some((boundary) => boundary > start && boundary < end),
  ).length;
}

/** Read boundaries that fall between the bytes of one UTF-8 character. */
export function midCharacterBoundaries(shape: StreamShape): number {
  return shape.boundaries.filter((boundary) => ((shape.bytes[boundary] ?? 0) & 0xc0) === 0x80)
    .length;
}

/** What directly follows each object: '\n', another '{', or nothing yet. */
export function delimiters(shape: StreamShape): Array<'newline' | 'back-to-back' | 'end'> {
  return shape.objects.map(([, end]) => {
    const next = shape.bytes[end];
    if (next === undefined) return 'end';
    return next === 0x0a ? 'newline' : 'back-to-back';
  });
}

/** Reads that carried two or more complete objects. */
export function coalescedReads(shape: StreamShape): number {
  let start = 0;
  let count = 0;
  for (const end of [...shape.boundaries, shape.bytes.length]) {
    const inside = shape.objects.filter(([s, e]) => s >= start && e <= end).length;
    if (inside >= 2) count++;
    start = end;
  }
  return count;
}
