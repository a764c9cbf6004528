import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** scrypt's cost parameters; kept in the hash string so they can be raised later without breaking older hashes. */
export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

// N=2^15, r=8 takes roughly 100 ms and 32 MiB: slow for a guesser, quick enough for one admin's login.
export const DEFAULT_SCRYPT_PARAMETERS: ScryptParameters = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
const HASH_PATTERN = /^scrypt:(\d+):(\d+):(\d+):([A-Za-z0-9_-]{16,}):([A-Za-z0-9_-]{40,})$/;

function deriveKey(password: string, salt: Buffer, length: number, { N, r, p }: ScryptParameters): Promise<Buffer> {
  // Node refuses N·r above its default memory cap; allow what the parameters need, with room to spare.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * "scrypt:N:r:p:salt:key", salt and key in base64url: everything needed to check a password later. No "$" in it, which
 * .env files would take for a variable.
 */
export async function hashPassword(password: string, parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await deriveKey(password, salt, KEY_LENGTH, parameters);
  const { N, r, p } = parameters;
  return `scrypt:${N}:${r}:${p}:${salt.toString("base64url")}:${key.toString("base64url")}`;
}

/** True when the string has the shape hashPassword writes (used to tell a mistyped ADMIN_PASSWORD_HASH early). */
export function isPasswordHash(text: string): boolean {
  const match = HASH_PATTERN.exec(text);
  if (!match) return false;
  const N = Number(match[1]);
  return N >= 2 && (N & (N - 1)) === 0 && Number(match[2]) >= 1 && Number(match[3]) >= 1;
}

/** Checks a password against a stored hash; the comparison takes the same time wherever the keys differ. */
export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  if (!isPasswordHash(storedHash)) return false;
  const [, N, r, p, salt, key] = HASH_PATTERN.exec(storedHash)!;
  const expected = Buffer.from(key!, "base64url");
  const actual = await deriveKey(password, Buffer.from(salt!, "base64url"), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}
