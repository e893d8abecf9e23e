/** A one-line progress bar on stderr, shown only when stderr is a terminal (none when piped or in CI). */
export class ProgressBar {
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = Boolean(stream.isTTY) && !process.env.CI;
  }

  update(done: number, total: number, label: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const columns = this.stream.columns || 80;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`;
    this.stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
  }

  done(): void {
    if (this.enabled) this.stream.write(`\r${' '.repeat((this.stream.columns || 80) - 1)}\r`);
  }
}
