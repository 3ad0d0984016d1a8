// Every loader resolves its centre through requireCentre. Here the session is the only thing stood
// in for (there is no HTTP request in a unit of code): the membership and role checks run for real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";

let currentActor: Actor | null = null;
// What `next build` sets from experimental.authInterrupts in next.config.ts.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
vi.mock("@/server/auth/session", () => ({ getActor: async () => currentActor }));
// The request's path, as src/proxy.ts would pass it on.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-razem-pathname": "/some-centre/staff/team" }) }));

const { requireCentre } = await import("@/server/page-guard");
const { membersPolicy } = await import("@/features/members/policy");
const { listTeam, listOpenInvitations, teamSummary } = await import("@/features/members/data");
const { sessionsOfWeek } = await import("@/features/schedules/data");
const { ALL_ROLES } = await import("@/server/roles");
const { db } = await import("@/server/db");
const { makeWorld } = await import("../factories");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});
beforeEach(() => {
  currentActor = null;
});

const digestOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return (e as { digest?: string }).digest ?? String(e);
  }
};

describe("loaders (requireCentre)", () => {
  it("send a visitor without a session to the sign-in page", async () => {
    expect(await digestOf(requireCentre(w.centre.slug))).toMatch(/^NEXT_REDIRECT;replace;\/login\?callbackUrl=%2Fsome-centre%2Fstaff%2Fteam;/);
  });

  it("answer 404 to a member of another centre, for every page of the centre", async () => {
    currentActor = w.otherAdmin.actor;
    expect(await digestOf(requireCentre(w.centre.slug, ALL_ROLES))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await digestOf(requireCentre(w.centre.slug, membersPolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("answer 403 to a member whose role is too weak for the team page", async () => {
    for (const member of [w.coordinator, w.socialWorker, w.volunteer]) {
      currentActor = member.actor;
      expect(await digestOf(requireCentre(w.centre.slug, membersPolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
      expect(await requireCentre(w.centre.slug)).toMatchObject({ id: w.centre.id });
    }
  });

  it("let the admin in, and the data they load is the centre's own", async () => {
    currentActor = w.admin.actor;
    const centre = await requireCentre(w.centre.slug, membersPolicy.view);
    const team = await listTeam(centre);
    expect(team.map((m) => m.userId).sort()).toEqual([w.admin, w.coordinator, w.socialWorker, w.volunteer].map((m) => m.user.id).sort());
    expect(await listOpenInvitations(centre)).toEqual([]);
    expect(await teamSummary(centre)).toEqual({ active: 4, openInvitations: 0 });
  });

  it("show only the centre's own sessions in the week", async () => {
    const offer = async (centreId: string) =>
      db.offer.create({ data: { centreId, type: "GROUP", slug: `g-${Math.random().toString(36).slice(2)}`, name: `Grupa ${centreId.slice(0, 4)}` } });
    const [mine, theirs] = await Promise.all([offer(w.centre.id), offer(w.other.id)]);
    const at = new Date();
    await db.session.createMany({
      data: [
        { centreId: w.centre.id, offerId: mine.id, startsAt: at, endsAt: new Date(at.getTime() + 3600_000) },
        { centreId: w.other.id, offerId: theirs.id, startsAt: at, endsAt: new Date(at.getTime() + 3600_000) },
      ],
    });
    currentActor = w.volunteer.actor;
    const week = await sessionsOfWeek(await requireCentre(w.centre.slug), at);
    expect(week.sessions.map((s) => s.offer.name)).toEqual([mine.name]);
  });
});
