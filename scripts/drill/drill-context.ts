import type { DrillDatabase } from "./databases";
import type { DrillRow } from "./report";

// What every drill is handed, and what it hands back.

export interface DrillContext {
  database: DrillDatabase;
  /** The next free port of the drill's range. */
  port: () => Promise<number>;
  /** A folder of its own for logs, backups and content. */
  workDir: string;
  /** The drills' content folder (scripts/drill/drill-content.ts). */
  contentDir: string;
  /** The environment every site server gets: content, admin, a fast sender. */
  siteEnv: Record<string, string>;
  adminPassword: string;
  mailOutageSeconds: number;
  log: (line: string) => void;
}

export type DrillResult = Omit<DrillRow, "drill" | "database">;

export interface Drill {
  name: string;
  title: string;
  run(context: DrillContext): Promise<DrillResult>;
}
