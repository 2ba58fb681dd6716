/** Left-aligned columns, two spaces apart, each as wide as its widest cell (capped). */
export function textTable(rows: ReadonlyArray<readonly string[]>, maxWidth = 40): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.min(maxWidth, Math.max(widths[index] ?? 0, cell.length));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) => {
          const width = widths[index] ?? 0;
          const fitted = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
          return index === row.length - 1 ? fitted : fitted.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
