// npm run note:new -- "Title of the note": writes content/notes/NNN-slug.mdx as a draft, ready to fill in.
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content";
import { planNewNote } from "../lib/content/new-note";
import { displayPath } from "../lib/content/problems";

const dir = path.join(contentDir(), "notes");
const today = new Date().toLocaleDateString("en-CA"); // YYYY-MM-DD, in this machine's time zone
const existing = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".mdx")) : [];
const plan = planNewNote(process.argv.slice(2).join(" "), existing, today);

if ("error" in plan) {
  console.error(plan.error);
  process.exit(1);
}
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, plan.fileName);
fs.writeFileSync(file, plan.source, { flag: "wx" });
console.log(`Created ${displayPath(file)} (No. ${String(plan.number).padStart(2, "0")}, a draft).`);
console.log(`Preview it with npm run dev at http://localhost:3000/notes/${plan.slug}; set draft: false to publish.`);
console.log("When it goes live, subscribers get it by email once; send yourself a test first from /admin/subscribers.");
