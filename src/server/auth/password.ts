// argon2id with at least the OWASP minimum (m = 19 MiB, t = 2, p = 1): the `argon2` package is the
// maintained binding of the reference implementation, with prebuilt binaries inside the npm package.
import argon2 from "argon2";

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Unknown accounts are checked against a real hash too, so a failed sign-in takes the same time
// whether or not the address exists.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  const target = hash ?? (await (dummyHash ??= hashPassword("not-a-real-password")));
  const ok = await argon2.verify(target, password).catch(() => false);
  return ok && Boolean(hash);
}
