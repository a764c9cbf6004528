import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Many tests talk to a real database, SMTP server or child process; on a busy two-core machine one can take more
    // than the default five seconds without anything being wrong.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
