import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonObjectSplitter } from '../electron/protocol/json-object-splitter.js';

/**
 * Throughput and memory of the TCP splitter on a realistic stream: sensor and progress pushes
 * back to back, cut into reads of random sizes (the device gives no framing guarantee).
 * Writes bench/results/splitter.json. Run: npx tsx bench/splitter-bench.ts
 */
const OBJECTS = 200_000;

function makeStream(): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < OBJECTS; i += 1) {
    const push =
      i % 3 === 0
        ? {
            sn: '11A18240076',
            packetID: 100_000 + (i % 899_999),
            payload: { callbackName: 22, callbackArgs: [1, i % 101] },
          }
        : {
            sn: '11A18240076',
            packetID: 100_000 + (i % 899_999),
            payload: {
              callbackName: 11,
              callbackArgs: [2, { temp: 21.5, humidity: 40, lux: i % 500, name: 'Küche ✓' }],
            },
          };
    parts.push(JSON.stringify(push), i % 2 === 0 ? '\n' : '');
  }
  return Buffer.from(parts.join(''), 'utf8');
}

function run(): void {
  const stream = makeStream();
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const splitter = new JsonObjectSplitter();
  let count = 0;
  let maxBuffered = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  for (let offset = 0; offset < stream.length;) {
    const size = 1 + Math.floor(random() * 4096);
    count += splitter.push(stream.subarray(offset, offset + size)).length;
    maxBuffered = Math.max(maxBuffered, splitter.bufferedBytes);
    offset += size;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    objects: count,
    bytes: stream.length,
    seconds: Math.round(seconds * 1000) / 1000,
    megabytesPerSecond: Math.round((stream.length / 1e6 / seconds) * 10) / 10,
    objectsPerSecond: Math.round(count / seconds),
    maxBufferedBytes: maxBuffered,
    heapGrowthMegabytes:
      Math.round(((process.memoryUsage().heapUsed - heapBefore) / 1e6) * 10) / 10,
  };
  if (count !== OBJECTS) throw new Error(`parsed ${count} of ${OBJECTS} objects`);
  writeFileSync(
    join(__dirname, 'results', 'splitter.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(result);
}

run();
