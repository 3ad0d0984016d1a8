// NEXTAUTH_SECRET signs session tokens. In production it must come from the environment; for local
// use we make one once and keep it in the git-ignored .data folder, so sessions survive a restart.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function localSecret(): string {
  const file = path.join(root, ".data/nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
