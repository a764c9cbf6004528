import Image from "next/image";

/** A note's image, served sized by next/image; width and height come from the file when the note is built. */
export function NoteImage({ src, alt, width, height, title }: React.ComponentProps<"img">) {
  if (typeof src !== "string" || !width || !height) return null; // content:check reports the missing file
  return (
    <Image
      src={src}
      alt={alt ?? ""}
      title={title}
      width={Number(width)}
      height={Number(height)}
      sizes="(min-width: 42rem) 40rem, 100vw"
      className="rounded-lg border border-rule"
    />
  );
}
