/** Small type guards for reading untrusted JSON without `any`. */

export type JsonObject = Record<string, unknown>;

/** True for `{...}` values (not arrays, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A device text field as a trimmed string; numbers become strings (firmware sometimes sends
 * versions as numbers); blank, missing or any other type becomes null.
 */
export function readText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
