// Control characters other than tab and line breaks: invisible when typed or pasted, refused by PostgreSQL (NUL)
// and by calendar files (RFC 5545). Free text loses them where it enters the site.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The text without control characters; tabs and line breaks stay. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
