/** One field as RFC 4180 wants it: quoted (inner quotes doubled) when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as RFC 4180 CSV: CRLF after every record, the first row being the header. */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
