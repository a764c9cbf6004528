import { kebabCase } from "./fields";
import { slugFromFileName } from "./notes";

export const PLACEHOLDER_SUMMARY = "One or two sentences under the title: what the reader will take away.";

/** "What 'AI Operations' means" → "what-ai-operations-means" */
export function slugify(title: string): string {
  return title
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[œŒ]/g, "oe")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type NewNotePlan = { fileName: string; slug: string; number: number; source: string } | { error: string };

/** The file `npm run note:new` writes: the next free number, today's date, a draft with a skeleton body. */
export function planNewNote(title: string, existingFileNames: readonly string[], today: string): NewNotePlan {
  // From file names alone, so a half-written note that does not validate yet still holds its number and address.
  const existing = existingFileNames.map((file) => {
    const base = file.replace(/\.mdx$/, "");
    return { file, slug: slugFromFileName(base), number: Number(base.match(/^(\d+)-/)?.[1] ?? 0) };
  });
  const cleanTitle = title.trim().replace(/\s+/g, " ");
  if (!cleanTitle) return { error: 'Give the note a title: npm run note:new -- "Title of the note"' };
  const slug = slugify(cleanTitle);
  if (!kebabCase.test(slug)) return { error: `"${cleanTitle}" has no Latin letters or digits to make the note's address from: give a title with some, and change it in the file afterwards.` };
  const clash = existing.find((note) => note.slug === slug);
  if (clash) return { error: `A note with the address /notes/${slug} already exists: ${clash.file}. Choose another title.` };
  const number = Math.max(0, ...existing.map((note) => note.number)) + 1;
  const fileName = `${String(number).padStart(3, "0")}-${slug}.mdx`;
  const source = `---
title: ${JSON.stringify(cleanTitle)}
number: ${number}
date: ${today}
summary: ${JSON.stringify(PLACEHOLDER_SUMMARY)}
tags: []
draft: true
---

## The short version

Start with the point of the note in a paragraph.

## The first section

Write the body here. Three or more sections get a table of contents.
`;
  return { fileName, slug, number, source };
}
