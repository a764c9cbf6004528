// The drill's command line: `npm run drill -- [--no-build] [--only NAME[,NAME]] [--db sqlite|postgres] [--mail-outage-seconds N]`.

export type DatabaseKind = "sqlite" | "postgres";

export interface DrillOptions {
  build: boolean;
  only?: string[];
  databases: DatabaseKind[];
  /** How long the mail server is stopped in the mail-outage drill (the "a minute" by default). */
  mailOutageSeconds: number;
  postgresUrl: string;
}

export const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/drill";

export function parseOptions(args: string[], env: NodeJS.ProcessEnv = process.env): DrillOptions {
  const options: DrillOptions = {
    build: true,
    databases: ["sqlite", "postgres"],
    mailOutageSeconds: 60,
    postgresUrl: env.DRILL_DATABASE_URL || DEFAULT_POSTGRES_URL,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--no-build") options.build = false;
    else if (arg === "--only") options.only = value().split(",").map((name) => name.trim()).filter(Boolean);
    else if (arg === "--db") {
      const kind = value();
      if (kind !== "sqlite" && kind !== "postgres") throw new Error("--db takes sqlite or postgres");
      options.databases = [kind];
    } else if (arg === "--mail-outage-seconds") {
      const seconds = Number(value());
      if (!Number.isFinite(seconds) || seconds < 5) throw new Error("--mail-outage-seconds takes a number of seconds, 5 or more");
      options.mailOutageSeconds = seconds;
    } else throw new Error(`Unknown argument ${arg}. Usage: npm run drill -- [--no-build] [--only NAME[,NAME]] [--db sqlite|postgres] [--mail-outage-seconds N]`);
  }
  return options;
}
