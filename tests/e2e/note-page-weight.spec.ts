import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { expect, test } from "@playwright/test";

// The note page is static HTML: none of the project's own modules may be client components on that route.
test("a note page ships no client component of its own", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "reads the build once");
  const file = path.join(".next/server/app/(site)/notes/[slug]/page_client-reference-manifest.js");
  const sandbox: { globalThis: Record<string, unknown> } = { globalThis: {} };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifest = (sandbox.globalThis.__RSC_MANIFEST as Record<string, { clientModules: Record<string, unknown> }>)[
    "/(site)/notes/[slug]/page"
  ]!;
  const clientModules = Object.keys(manifest.clientModules);
  expect(clientModules.length).toBeGreaterThan(0);
  expect(clientModules.filter((id) => !id.startsWith("[project]/node_modules/next/"))).toEqual([]);
});
