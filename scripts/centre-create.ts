// npm run centre:create -- --slug ops-przyklad --kind OPS --name "Ośrodek Pomocy Społecznej w Przykładowie"
//   --short-name "OPS Przykładów" --municipality Przykładów --street "ul. Główna 1" --postal-code 00-001
//   --city Przykładów --admin-email admin@ops.example.pl --admin-name "Anna Nowak" [--phone ..] [--email ..]
// Creates a centre and its first admin, and prints the admin's one-time link for setting a password.
import "dotenv/config";
import { parseArgs } from "node:util";
import { openAppDatabase } from "./lib/database-server";
import { applyMigrations } from "./lib/schema-engine";

const { values } = parseArgs({
  options: Object.fromEntries(
    [
      "slug",
      "kind",
      "name",
      "short-name",
      "municipality",
      "district",
      "street",
      "postal-code",
      "city",
      "phone",
      "email",
      "website",
      "admin-email",
      "admin-name",
      "base-url",
    ].map((k) => [k, { type: "string" as const }]),
  ),
});

const database = await openAppDatabase();
process.env.DATABASE_URL = database.url;
let exitCode = 0;
try {
  await applyMigrations(database.url);
  const { createCentreWithAdmin } = await import("../src/features/centres/mutations");
  const { centre, invitation } = await createCentreWithAdmin({
    slug: values.slug ?? "",
    kind: (values.kind ?? "OPS") as "OPS",
    name: values.name ?? "",
    shortName: values["short-name"] ?? values.name ?? "",
    municipality: values.municipality ?? values.city ?? "",
    district: values.district,
    street: values.street ?? "",
    postalCode: values["postal-code"] ?? "",
    city: values.city ?? "",
    phone: values.phone,
    email: values.email,
    website: values.website,
    admin: { email: values["admin-email"] ?? "", name: values["admin-name"] ?? "" },
  });
  console.log(`Utworzono ośrodek: ${centre.name} (/${centre.slug})`);
  const base = values["base-url"] ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  console.log(`Link dla administratora (ważny 72 h, jednorazowy; kto ma już konto w Razem, potwierdza je swoim hasłem):\n${new URL(invitation.path, base)}`);
} catch (error) {
  const { ZodError } = await import("zod");
  if (error instanceof ZodError) {
    // Name the flag the operator typed: admin.email → --admin-email, shortName → --short-name.
    const flag = (path: PropertyKey[]) => path.join("-").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const issue of error.issues) console.error(`--${flag(issue.path)}: ${issue.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
