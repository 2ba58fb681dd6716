const MIN_ID = 100_000;
const MAX_ID = 999_999;
const SPAN = MAX_ID - MIN_ID + 1;
/** Random draws before falling back to a linear probe (only hit with a rigged random). */
const RANDOM_ATTEMPTS = 32;

/**
 * Packet IDs for requests: random six-digit numbers without a leading zero, as the docs
 * ask and the library does (protocol.md §2.2, Q14). Never hands out an ID that is still in
 * flight, so a late reply cannot be matched to the wrong request.
 */
export class PacketIdAllocator {
  constructor(private readonly random: () => number = Math.random) {}

  next(inFlight: ReadonlySet<number>): number {
    if (inFlight.size >= SPAN) throw new Error('every six-digit packet ID is in flight');
    let candidate = MIN_ID;
    for (let attempt = 0; attempt < RANDOM_ATTEMPTS; attempt += 1) {
      candidate = MIN_ID + Math.floor(clampUnit(this.random()) * SPAN);
      if (!inFlight.has(candidate)) return candidate;
    }
    // A random source that keeps colliding: walk upwards (wrapping) from the last draw.
    for (let step = 1; step < SPAN; step += 1) {
      const id = MIN_ID + ((candidate - MIN_ID + step) % SPAN);
      if (!inFlight.has(id)) return id;
    }
    throw new Error('unreachable: a free packet ID must exist');
  }
}

/** Keeps an injected random in [0, 1) so the ID stays six digits whatever it returns. */
function clampUnit(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return value >= 1 ? 1 - Number.EPSILON : value;
}
