const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string | number | null): string {
  if (value === null) return '';
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
