// One row of the drill's table: what was done, what was expected, what was found, and whether anything was lost.

export interface DrillRow {
  drill: string;
  database: "SQLite" | "PostgreSQL";
  done: string;
  expected: string;
  found: string;
  /** "ok", "LOST" when a fact the drill checks did not hold, or "skipped" with the reason in `found`. */
  verdict: "ok" | "LOST" | "skipped";
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, "; ");

export const TABLE_HEADER = ["| drill | database | what was done | expected | found | ok/LOST |", "| --- | --- | --- | --- | --- | --- |"];

export function tableRow(row: DrillRow): string {
  return `| ${cell(row.drill)} | ${row.database} | ${cell(row.done)} | ${cell(row.expected)} | ${cell(row.found)} | ${row.verdict} |`;
}

/** Facts gathered by a drill: each one holds or not, and the row says which did not. */
export class Findings {
  private readonly failures: string[] = [];
  private readonly facts: string[] = [];

  /** Records a fact as found; when `holds` is false the drill's row says LOST and names it. */
  check(holds: boolean, found: string): void {
    this.facts.push(found);
    if (!holds) this.failures.push(found);
  }

  get ok(): boolean {
    return this.failures.length === 0;
  }

  summary(): string {
    return this.ok ? this.facts.join("; ") : `FAILED: ${this.failures.join("; ")} (all: ${this.facts.join("; ")})`;
  }
}
