/**
 * A note's image: a plain server-rendered <img>, so a note ships no image script. Width, height and the srcset of
 * smaller copies come from the file when the note is built (lib/content/remark-image-size.mjs).
 */
export function NoteImage({ src, alt, width, height, title, srcSet }: React.ComponentProps<"img">) {
  if (typeof src !== "string" || !width || !height) return null; // content:check reports the missing file
  return (
    <img
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? "(min-width: 42rem) 40rem, 100vw" : undefined}
      alt={alt ?? ""}
      title={title}
      width={Number(width)}
      height={Number(height)}
      loading="lazy"
      decoding="async"
      className="h-auto max-w-full rounded-lg border border-rule"
    />
  );
}
