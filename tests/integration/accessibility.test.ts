import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";
import { getPublicStatement, getStatementForEditing } from "@/features/accessibility/data";
import { DEFAULT_ASSESSMENT_METHOD } from "@/features/accessibility/defaults";
import { saveAccessibilityStatement } from "@/features/accessibility/mutations";
import { accessibilityPolicy } from "@/features/accessibility/policy";
import { requireCentre } from "@/server/page-guard";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
import { dbDate, localDate } from "@/server/time";
import { auditEvents, makeWorld } from "../factories";

// The page's loader sees the session through getActor; here it is stood in for (there is no HTTP
// request), and the membership and role checks run for real.
let currentActor: Actor | null = null;
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
vi.mock("@/server/auth/session", () => ({ getActor: async () => currentActor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-razem-pathname": "/some-centre/staff" }) }));

const digestOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return (e as { digest?: string }).digest ?? String(e);
  }
};

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
  await db.centre.update({ where: { id: w.centre.id }, data: { email: "sekretariat@ops-test.pl", phone: "22 123 45 67" } });
});

const today = () => dbDate(localDate(new Date()));

const valid = {
  status: "PARTIAL",
  nonAccessibleContent: "Filmy nie mają napisów – nagrano je przed 23 września 2020 r.",
  preparedOn: "2026-03-02",
  assessmentMethod: "badanie przeprowadzone przez Fundację Widzialni",
  contactName: "Anna Nowak",
  contactEmail: "dostepnosc@ops-test.pl",
  contactPhone: "22 765 43 21",
  architecturalAccessibility: "Budynek przy ul. Próbnej 1: wejście z podjazdem, winda na wszystkie piętra.",
};

describe("saving the statement refuses everyone but the centre's admin", () => {
  it(`another centre's admin gets "not found", nothing is saved`, async () => {
    expect(await saveAccessibilityStatement(w.otherAdmin.actor, w.centre.slug, valid)).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.accessibilityStatement.findUnique({ where: { centreId: w.centre.id } })).toBeNull();
  });

  for (const role of ["coordinator", "socialWorker", "volunteer"] as const) {
    it(`a ${role} is refused`, async () => {
      expect(await saveAccessibilityStatement(w[role].actor, w.centre.slug, valid)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await db.accessibilityStatement.findUnique({ where: { centreId: w.centre.id } })).toBeNull();
    });
  }

  it("without a session it is refused", async () => {
    expect(await saveAccessibilityStatement(null, w.centre.slug, valid)).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});

describe("the statement", () => {
  it("of a centre that saved none is a complete draft built from the centre's details", async () => {
    const page = await getPublicStatement(w.other.slug);
    expect(page).toMatchObject({ isDefault: true, statement: { status: "PARTIAL", assessmentMethod: DEFAULT_ASSESSMENT_METHOD } });
    expect(page?.statement.nonAccessibleContent).toBeTruthy();
    const centre = await db.centre.findUniqueOrThrow({ where: { id: w.other.id } });
    expect(page?.statement.publishedOn).toEqual(dbDate(localDate(centre.createdAt)));

    const editing = await getStatementForEditing(await authoriseCentre(w.admin.actor, w.centre.slug, ["ADMIN"]));
    expect(editing).toMatchObject({
      saved: false,
      statement: { status: "PARTIAL", contactEmail: "sekretariat@ops-test.pl", contactPhone: "22 123 45 67", preparedOn: today() },
    });
    expect(await getPublicStatement("nie-ma-takiego-osrodka")).toBeNull();
  });

  it("is published by the admin: saved values, today's dates, audited, and it changes the public pages", async () => {
    expect(saveAccessibilityStatement.affectsPublic).toBe(true);
    const result = await saveAccessibilityStatement(w.admin.actor, w.centre.slug, valid);
    expect(result).toMatchObject({ ok: true });
    const page = await getPublicStatement(w.centre.slug);
    expect(page).toMatchObject({
      isDefault: false,
      statement: { ...valid, preparedOn: dbDate("2026-03-02"), publishedOn: today(), updatedOn: today() },
    });
    expect((await getStatementForEditing(await authoriseCentre(w.admin.actor, w.centre.slug, ["ADMIN"]))).saved).toBe(true);
    expect((await auditEvents(w.centre.id, "accessibility.statement.save")).some((e) => e.actorId === w.admin.user.id)).toBe(true);
    // The other centre still has none.
    expect((await getPublicStatement(w.other.slug))?.isDefault).toBe(true);
  });

  it("keeps its publication date on later saves, moves the update date, and clears emptied fields", async () => {
    const { centre, admin } = await makeWorld();
    expect((await saveAccessibilityStatement(admin.actor, centre.slug, valid)).ok).toBe(true);
    await db.accessibilityStatement.update({ where: { centreId: centre.id }, data: { publishedOn: dbDate("2025-01-15"), updatedOn: dbDate("2025-01-15") } });
    const result = await saveAccessibilityStatement(admin.actor, centre.slug, {
      ...valid,
      status: "FULL",
      nonAccessibleContent: "",
      architecturalAccessibility: "",
    });
    expect(result).toMatchObject({ ok: true });
    expect((await getPublicStatement(centre.slug))?.statement).toMatchObject({
      status: "FULL",
      nonAccessibleContent: null,
      architecturalAccessibility: null,
      publishedOn: dbDate("2025-01-15"),
      updatedOn: today(),
    });
  });

  it("answers incomplete input with Polish messages per field, all at once", async () => {
    const result = await saveAccessibilityStatement(w.admin.actor, w.centre.slug, {
      ...valid,
      status: "NONE",
      nonAccessibleContent: " ",
      preparedOn: "2999-01-01",
      contactEmail: "nie-email",
      contactPhone: "",
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["contactEmail", "contactPhone", "nonAccessibleContent", "preparedOn"]);
    expect(result.fieldErrors?.preparedOn?.[0]).toBe("Data sporządzenia nie może być w przyszłości.");
  });
});

describe("the page's loader", () => {
  it("answers 404 to another centre's admin and 403 to weaker roles, and lets the centre's people in", async () => {
    currentActor = w.otherAdmin.actor;
    expect(await digestOf(requireCentre(w.centre.slug, accessibilityPolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    for (const role of ["coordinator", "socialWorker", "volunteer"] as const) {
      currentActor = w[role].actor;
      expect(await digestOf(requireCentre(w.centre.slug, accessibilityPolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    currentActor = w.admin.actor;
    expect(await requireCentre(w.centre.slug, accessibilityPolicy.view)).toMatchObject({ id: w.centre.id });
    currentActor = null;
  });
});
