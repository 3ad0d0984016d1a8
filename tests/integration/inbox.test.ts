import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";
import { MESSAGES_PER_ADDRESS_PER_HOUR, MESSAGES_PER_CENTRE_PER_DAY } from "@/features/inbox/contact-limits";
import { inboxCounts, listInbox } from "@/features/inbox/data";
import { contactMessages } from "@/features/inbox/messages";
import { markMessageHandled, markMessageRead, reopenMessage } from "@/features/inbox/mutations";
import { contactTarget, receiveResidentMessage } from "@/features/inbox/receive-message";
import { inboxPolicy } from "@/features/inbox/policy";
import { requireCentre } from "@/server/page-guard";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
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
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function makeOffer(centreId: string, slug: string, extra: object = {}) {
  return db.offer.create({ data: { centreId, type: "CLUB", clubKind: "SENIOR_CLUB", slug, name: `Klub ${slug}`, ...extra }, select: { id: true } });
}

const countFor = (centreId: string) => db.residentMessage.count({ where: { centreId } });

beforeAll(async () => {
  w = await makeWorld();
  await makeOffer(w.centre.id, "klub-seniora");
  await makeOffer(w.centre.id, "archiwalny", { archivedAt: new Date() });
  await makeOffer(w.centre.id, "wewnetrzny", { isPublic: false });
  // The same slug in another centre: the page's centre decides where the message goes.
  await makeOffer(w.other.id, "klub-seniora");
});

describe("the address of the page says where a message goes", () => {
  it("reads the centre, the offer and the language from an offer page's address", () => {
    expect(contactTarget("/uk/ops-bialoleka/offer/mamy-klub")).toEqual({ locale: "uk", centreSlug: "ops-bialoleka", offerSlug: "mamy-klub" });
    expect(contactTarget("/ops-bialoleka/offer/mamy-klub")).toEqual({ locale: "pl", centreSlug: "ops-bialoleka", offerSlug: "mamy-klub" });
    expect(contactTarget("/en/ops-bialoleka")).toEqual({ locale: "en", centreSlug: "", offerSlug: "" });
    expect(contactTarget("/ops-bialoleka/staff/inbox")).toEqual({ locale: "pl", centreSlug: "", offerSlug: "" });
  });
});

describe("a resident's message", () => {
  it("lands in the inbox of the page's centre, about the page's offer, in the page's language", async () => {
    const otherBefore = await countFor(w.other.id);
    const result = await receiveResidentMessage(w.centre.slug, "klub-seniora", "uk", { message: "Чи є місця?", contact: "olena@example.com" }, ip());
    expect(result).toEqual({ ok: true, data: null, message: contactMessages("uk").sentTitle });
    const [stored] = await db.residentMessage.findMany({ where: { centreId: w.centre.id, body: "Чи є місця?" }, include: { offer: true } });
    expect(stored).toMatchObject({ contact: "olena@example.com", locale: "uk", readAt: null, handledAt: null });
    expect(stored.offer?.slug).toBe("klub-seniora");
    expect(stored.offer?.centreId).toBe(w.centre.id);
    expect(await countFor(w.other.id)).toBe(otherBefore);
    const [audit] = (await auditEvents(w.centre.id, "inbox.message.receive")).filter((e) => e.recordId === stored.id);
    expect(audit).toMatchObject({ actorId: null, recordType: "ResidentMessage" });
  });

  it.each([
    ["an archived offer", (w0) => w0.centre.slug, "archiwalny"],
    ["an offer that is not public", (w0) => w0.centre.slug, "wewnetrzny"],
    ["an unknown offer", (w0) => w0.centre.slug, "nie-ma-takiej"],
    ["an unknown centre", () => "nie-ma-takiego-osrodka", "klub-seniora"],
    ["a page that is not an offer page", () => "", ""],
  ] as [string, (w0: World) => string, string][])("is refused from the page of %s, and nothing is stored", async (_, centreOf, offerSlug) => {
    const before = await countFor(w.centre.id);
    const result = await receiveResidentMessage(centreOf(w), offerSlug, "en", { message: "Hello" }, ip());
    expect(result).toEqual({ ok: false, code: "not_found", message: contactMessages("en").offerGone, fieldErrors: undefined });
    expect(await countFor(w.centre.id)).toBe(before);
  });

  it("is thanked but not stored when the trap field is filled in", async () => {
    const before = await countFor(w.centre.id);
    const result = await receiveResidentMessage(w.centre.slug, "klub-seniora", "pl", { message: "Tanie leki", website: "http://spam.example" }, ip());
    expect(result).toEqual({ ok: true, data: null, message: contactMessages("pl").sentTitle });
    expect(await countFor(w.centre.id)).toBe(before);
  });

  it("of 2,001 characters is refused with a message next to the field, and nothing is stored", async () => {
    const before = await countFor(w.centre.id);
    const result = await receiveResidentMessage(w.centre.slug, "klub-seniora", "en", { message: "a".repeat(2001) }, ip());
    expect(result).toMatchObject({ ok: false, code: "validation", message: contactMessages("en").fixErrors });
    expect(!result.ok && result.fieldErrors).toEqual({ message: [contactMessages("en").messageTooLong] });
    expect(await countFor(w.centre.id)).toBe(before);
  });

  it("from one address is refused after the hourly limit, politely and in the page's language", async () => {
    const address = ip();
    for (let i = 0; i < MESSAGES_PER_ADDRESS_PER_HOUR; i++) {
      expect((await receiveResidentMessage(w.centre.slug, "klub-seniora", "pl", { message: `Pytanie ${i}` }, address)).ok).toBe(true);
    }
    const before = await countFor(w.centre.id);
    const refused = await receiveResidentMessage(w.centre.slug, "klub-seniora", "uk", { message: "Ще одне" }, address);
    expect(refused).toMatchObject({ ok: false, code: "invalid", message: contactMessages("uk").tooManyFromYou });
    expect(await countFor(w.centre.id)).toBe(before);
    // Someone else is not affected.
    expect((await receiveResidentMessage(w.centre.slug, "klub-seniora", "pl", { message: "Inna osoba" }, ip())).ok).toBe(true);
  });

  it("to a centre is refused once the centre's daily limit is reached", async () => {
    const { centre } = await makeWorld();
    await makeOffer(centre.id, "grupa");
    // The centre's count stands at its limit, as if many addresses had written today.
    await db.rateLimit.create({ data: { key: `contact:centre:${centre.id}`, points: MESSAGES_PER_CENTRE_PER_DAY, expire: new Date(Date.now() + 3_600_000) } });
    const refused = await receiveResidentMessage(centre.slug, "grupa", "en", { message: "Hello" }, ip());
    expect(refused).toMatchObject({ ok: false, code: "invalid", message: contactMessages("en").tooManyToday });
    expect(await countFor(centre.id)).toBe(0);
  });
});

describe("every inbox action refuses outsiders and weaker roles", () => {
  let messageId: string;
  beforeAll(async () => {
    const offer = await db.offer.findFirstOrThrow({ where: { centreId: w.centre.id, slug: "klub-seniora" } });
    messageId = (await db.residentMessage.create({ data: { centreId: w.centre.id, offerId: offer.id, body: "Do odmów", locale: "pl" } })).id;
  });
  const cases = [
    ["mark read", () => markMessageRead],
    ["mark handled", () => markMessageHandled],
    ["reopen", () => reopenMessage],
  ] as const;
  const row = () => db.residentMessage.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: messageId } } });

  for (const [name, action] of cases) {
    it(`${name}: another centre's admin gets "not found", nothing changes`, async () => {
      const before = await row();
      expect(await action()(w.otherAdmin.actor, w.centre.slug, { messageId })).toMatchObject({ ok: false, code: "not_found" });
      expect(await row()).toEqual(before);
    });

    for (const role of ["socialWorker", "volunteer"] as const) {
      it(`${name}: a ${role} is refused`, async () => {
        expect(await action()(w[role].actor, w.centre.slug, { messageId })).toMatchObject({ ok: false, code: "forbidden" });
      });
    }

    it(`${name}: without a session it is refused`, async () => {
      expect(await action()(null, w.centre.slug, { messageId })).toMatchObject({ ok: false, code: "unauthenticated" });
    });

    it(`${name}: an admin cannot reach another centre's message through their own centre`, async () => {
      const foreign = await db.residentMessage.create({ data: { centreId: w.other.id, body: "Cudza", locale: "pl" } });
      expect(await action()(w.otherAdmin.actor, w.other.slug, { messageId })).toMatchObject({ ok: false, code: "not_found" });
      expect(await action()(w.admin.actor, w.centre.slug, { messageId: foreign.id })).toMatchObject({ ok: false, code: "not_found" });
    });
  }
});

describe("the coordinator works through the inbox", () => {
  it("reads, handles (who and when) and reopens a message, each audited", async () => {
    const message = await db.residentMessage.create({ data: { centreId: w.centre.id, body: `Sprawa ${randomUUID()}`, locale: "en" } });
    const input = { messageId: message.id };
    const row = () => db.residentMessage.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: message.id } } });

    expect(await markMessageRead(w.coordinator.actor, w.centre.slug, input)).toMatchObject({ ok: true });
    const read = await row();
    expect(read.readAt).toBeInstanceOf(Date);

    expect(await markMessageHandled(w.coordinator.actor, w.centre.slug, input)).toMatchObject({ ok: true });
    const handled = await row();
    expect(handled).toMatchObject({ handledById: w.coordinator.user.id, readAt: read.readAt });
    expect(Date.now() - handled.handledAt!.getTime()).toBeLessThan(60_000);
    // Handling twice says so instead of overwriting who did it.
    expect(await markMessageHandled(w.admin.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "conflict" });
    expect((await row()).handledById).toBe(w.coordinator.user.id);

    expect(await reopenMessage(w.admin.actor, w.centre.slug, input)).toMatchObject({ ok: true });
    expect(await row()).toMatchObject({ handledAt: null, handledById: null, readAt: read.readAt });

    for (const action of ["inbox.message.read", "inbox.message.handle", "inbox.message.reopen"]) {
      expect((await auditEvents(w.centre.id, action)).some((e) => e.recordId === message.id)).toBe(true);
    }
  });

  it("lists only the centre's own messages: to handle newest first, handled apart, with who handled them", async () => {
    const { centre, other, coordinator, otherAdmin } = await makeWorld();
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const older = await db.residentMessage.create({ data: { centreId: centre.id, body: "starsza", locale: "pl", createdAt: at(30) } });
    const newer = await db.residentMessage.create({ data: { centreId: centre.id, body: "nowsza", locale: "uk", createdAt: at(10) } });
    const done = await db.residentMessage.create({ data: { centreId: centre.id, body: "załatwiona", locale: "pl", createdAt: at(5) } });
    await db.residentMessage.create({ data: { centreId: other.id, body: "cudza", locale: "pl" } });
    await markMessageHandled(coordinator.actor, centre.slug, { messageId: done.id });

    const mine = await authoriseCentre(coordinator.actor, centre.slug, ["COORDINATOR"]);
    expect((await listInbox(mine, "open")).map((m) => m.id)).toEqual([newer.id, older.id]);
    expect(await listInbox(mine, "handled")).toMatchObject([{ id: done.id, handledBy: coordinator.user.name }]);
    expect((await listInbox(mine, "all")).map((m) => m.id)).toEqual([newer.id, older.id, done.id]);
    expect(await inboxCounts(mine)).toEqual({ open: 2, unread: 2, handled: 1, all: 3 });

    const theirs = await authoriseCentre(otherAdmin.actor, other.slug, ["ADMIN"]);
    expect((await listInbox(theirs, "all")).map((m) => m.body)).toEqual(["cudza"]);
  });
});

describe("the page's loader", () => {
  it("answers 404 to another centre's admin and 403 to weaker roles, and lets the centre's people in", async () => {
    currentActor = w.otherAdmin.actor;
    expect(await digestOf(requireCentre(w.centre.slug, inboxPolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    for (const role of ["socialWorker", "volunteer"] as const) {
      currentActor = w[role].actor;
      expect(await digestOf(requireCentre(w.centre.slug, inboxPolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    for (const role of ["admin", "coordinator"] as const) {
      currentActor = w[role].actor;
      expect(await requireCentre(w.centre.slug, inboxPolicy.view)).toMatchObject({ id: w.centre.id });
    }
    currentActor = null;
  });
});
