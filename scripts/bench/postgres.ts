// A fresh, empty database for the PostgreSQL part of the benchmark: dropped and created again through the server's
// maintenance database. Never the database the test suite uses.
import { Client } from "pg";

export async function resetDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name === "test" || name === "postgres") throw new Error(`will not reset the database "${name}"`);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}
