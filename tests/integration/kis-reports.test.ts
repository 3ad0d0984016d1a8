// The KIS yearly report and the edition dashboard, on a seeded edition built here. Every total is
// checked against the records counted independently (read back and counted in the test), and the
// same data in another centre must never be counted.
import { beforeAll, describe, expect, it } from "vitest";
import type { EligibilityGroup, EnrolmentStatus, LeaveReason, OutcomeKind, SessionKind, Sex } from "@/generated/prisma/enums";
import { PDFParse } from "pdf-parse";
import { editionDashboard } from "@/features/kis-reports/dashboard-data";
import { reportCsv, reportForPage, reportPdf } from "@/features/kis-reports/export";
import { yearlyReport } from "@/features/kis-reports/yearly-data";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
import { ALL_ROLES } from "@/server/roles";
import { dbDate, zonedInstant } from "@/server/time";
import { auditEvents, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let editionId: string;
let otherEditionId: string;
const YEAR = 2025;

type P = {
  sex: Sex | null;
  groups: EligibilityGroup[] | null;
  status: EnrolmentStatus;
  start: string | null;
  end: string | null;
  left?: string;
  reason?: LeaveReason;
  outcome?: [OutcomeKind, string];
};
// Participants chosen to cross the year's edges: started before it, finished in it, started after it…
const PEOPLE: P[] = [
  {
    sex: "FEMALE",
    groups: ["LONG_TERM_UNEMPLOYED"],
    status: "COMPLETED",
    start: "2025-03-01",
    end: "2025-06-30",
    left: "2025-06-30",
    reason: "FOUND_WORK",
    outcome: ["EMPLOYMENT", "2025-07-15"],
  },
  {
    sex: "FEMALE",
    groups: ["LONG_TERM_UNEMPLOYED", "DISABILITY"],
    status: "COMPLETED",
    start: "2025-03-01",
    end: "2025-06-30",
    left: "2025-06-30",
    reason: "COMPLETED",
    outcome: ["SOCIALLY_USEFUL_WORK", "2025-09-01"],
  },
  {
    sex: "MALE",
    groups: ["ALCOHOL_ADDICTION"],
    status: "LEFT",
    start: "2025-03-01",
    end: "2025-10-31",
    left: "2025-05-10",
    reason: "DROPPED_OUT",
    outcome: ["NONE", "2025-05-10"],
  },
  { sex: "MALE", groups: [], status: "ENROLLED", start: "2024-11-01", end: "2025-10-31" },
  { sex: null, groups: null, status: "ENROLLED", start: "2025-09-01", end: "2026-02-28" },
  {
    sex: "FEMALE",
    groups: ["HOMELESS"],
    status: "COMPLETED",
    start: "2024-03-01",
    end: "2024-10-31",
    left: "2024-10-31",
    reason: "COMPLETED",
    outcome: ["EMPLOYMENT", "2024-12-01"],
  },
  {
    sex: "FEMALE",
    groups: ["REFUGEE"],
    status: "COMPLETED",
    start: "2024-09-01",
    end: "2025-01-31",
    left: "2025-01-31",
    reason: "FOUND_WORK",
    outcome: ["EMPLOYMENT", "2025-02-01"],
  },
  { sex: "FEMALE", groups: ["LONG_TERM_UNEMPLOYED"], status: "WAITLISTED", start: null, end: null },
  { sex: "MALE", groups: ["LONG_TERM_UNEMPLOYED"], status: "REFERRED", start: "2025-11-01", end: "2025-12-31" },
  { sex: "FEMALE", groups: ["LONG_TERM_UNEMPLOYED"], status: "DECLINED", start: null, end: null },
];
const SESSIONS: { kind: SessionKind; topic: string; date: string; status?: "CANCELLED" }[] = [
  { kind: "WORKSHOP", topic: "Psycholog", date: "2025-03-04" },
  { kind: "WORKSHOP", topic: "Psycholog", date: "2025-03-11" },
  { kind: "WORKSHOP", topic: "Dietetyk", date: "2025-03-06" },
  { kind: "MEETING", topic: "Doradca zawodowy", date: "2025-04-01" },
  { kind: "EVENT", topic: "Kręgielnia", date: "2025-05-20" },
  { kind: "WORKSHOP", topic: "Psycholog", date: "2025-03-18", status: "CANCELLED" },
  { kind: "WORKSHOP", topic: "Psycholog", date: "2024-12-10" },
];

/** The same KIS in a centre: edition, team, participants, sessions with attendance, volunteers. */
async function seedKis(centreId: string, markerId: string) {
  const club = await db.offer.create({
    data: { centreId, type: "CLUB", clubKind: "KIS", slug: `kis-${Math.random().toString(36).slice(2)}`, name: "Klub Integracji Społecznej" },
  });
  const edition = await db.kisEdition.create({
    data: { centreId, offerId: club.id, number: 6, capacity: 4, status: "RUNNING", startsOn: dbDate("2024-11-01"), endsOn: dbDate("2026-02-28") },
  });
  const old = await db.kisEdition.create({
    data: { centreId, offerId: club.id, number: 5, capacity: 10, status: "FINISHED", startsOn: dbDate("2024-03-01"), endsOn: dbDate("2024-10-31") },
  });
  await db.kisTeamMember.createMany({
    data: [
      { centreId, editionId: edition.id, name: "Irena Klubowa", function: "koordynatorka KIS", basis: "umowa o pracę", fte: 0.5 },
      { centreId, editionId: edition.id, name: "Piotr Spokojny", function: "psycholog", basis: "umowa zlecenie", fte: 0.1 },
      { centreId, editionId: edition.id, name: "Paweł Drugi", function: "psycholog", basis: "umowa zlecenie", fte: 0.1 },
      { centreId, editionId: old.id, name: "Zofia Dawna", function: "dietetyk", basis: "umowa zlecenie", fte: 0.2 },
    ],
  });
  for (const [i, p] of PEOPLE.entries()) {
    const person = await db.participant.create({ data: { centreId, firstName: "Osoba", lastName: `Nr ${i}`, searchName: `osoba nr ${i}`, sex: p.sex } });
    if (p.groups) await db.participantSensitive.create({ data: { centreId, participantId: person.id, groups: p.groups } });
    const en = await db.enrolment.create({
      data: {
        centreId,
        participantId: person.id,
        offerId: club.id,
        editionId: p.start?.startsWith("2024-03") ? old.id : edition.id,
        status: p.status,
        periodStart: p.start ? dbDate(p.start) : null,
        periodEnd: p.end ? dbDate(p.end) : null,
        leftOn: p.left ? dbDate(p.left) : null,
        leaveReason: p.reason ?? null,
        waitlistedAt: p.status === "WAITLISTED" ? new Date() : null,
      },
    });
    if (p.outcome) await db.outcome.create({ data: { centreId, enrolmentId: en.id, kind: p.outcome[0], achievedOn: dbDate(p.outcome[1]) } });
  }
  const enrolled = await db.enrolment.findMany({ where: { centreId, editionId: edition.id, status: { in: ["ENROLLED", "COMPLETED", "LEFT"] } } });
  for (const s of SESSIONS) {
    const session = await db.session.create({
      data: {
        centreId,
        offerId: club.id,
        editionId: edition.id,
        kind: s.kind,
        topic: s.topic,
        status: s.status ?? "PLANNED",
        startsAt: zonedInstant(s.date, "09:00"),
        endsAt: zonedInstant(s.date, s.kind === "EVENT" ? "12:00" : "15:00"),
      },
    });
    if (s.status) continue;
    await db.attendance.createMany({
      data: enrolled.map((e, i) => ({
        centreId,
        sessionId: session.id,
        participantId: e.participantId,
        status: i % 3 === 2 ? "ABSENT" : "PRESENT",
        markedById: markerId,
      })),
    });
    if (s.kind === "EVENT") {
      const task = await db.volunteerTask.create({ data: { centreId, sessionId: session.id, role: "pomoc", needed: 2 } });
      for (const [i, sex] of (["FEMALE", "FEMALE", "MALE"] as const).entries()) {
        const v = await db.volunteer.create({ data: { centreId, firstName: "Wolontariusz", lastName: `${i}`, birthYear: 1990, sex } });
        if (i < 2) await db.assignment.create({ data: { centreId, taskId: task.id, volunteerId: v.id, status: i === 0 ? "APPROVED" : "DECLINED" } });
        else await db.volunteerHours.create({ data: { centreId, volunteerId: v.id, taskId: task.id, workedOn: dbDate(s.date), minutes: 120 } });
      }
    }
  }
  return edition.id;
}

beforeAll(async () => {
  w = await makeWorld();
  editionId = await seedKis(w.centre.id, w.coordinator.user.id);
  otherEditionId = await seedKis(w.other.id, w.otherAdmin.user.id);
});

const asCoordinator = () => authoriseCentre(w.coordinator.actor, w.centre.slug, ALL_ROLES);
const inYear = (d: Date | null) => d !== null && d.getUTCFullYear() === YEAR;

describe("the yearly KIS report", () => {
  it("refuses volunteers, social workers and another centre", async () => {
    for (const m of [w.volunteer, w.socialWorker]) {
      const centre = await authoriseCentre(m.actor, w.centre.slug, ALL_ROLES);
      await expect(yearlyReport(centre, YEAR)).rejects.toMatchObject({ code: "forbidden" });
      await expect(editionDashboard(centre, editionId)).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(authoriseCentre(w.otherAdmin.actor, w.centre.slug, ALL_ROLES)).rejects.toMatchObject({ code: "not_found" });
  });

  it("counts participants who took part, started and finished, by sex and art. 1 group, as the records say", async () => {
    const report = await yearlyReport(await asCoordinator(), YEAR);
    const enrolments = await db.enrolment.findMany({
      where: { centreId: w.centre.id, editionId: { not: null } },
      select: {
        status: true,
        periodStart: true,
        periodEnd: true,
        leftOn: true,
        participant: { select: { id: true, sex: true, sensitive: { select: { groups: true } } } },
      },
    });
    const accepted = enrolments.filter((e) => ["ENROLLED", "COMPLETED", "LEFT"].includes(e.status) && e.periodStart);
    const from = dbDate(`${YEAR}-01-01`);
    const to = dbDate(`${YEAR}-12-31`);
    const sets = {
      participated: accepted.filter((e) => e.periodStart! <= to && (e.leftOn ?? e.periodEnd)! >= from),
      started: accepted.filter((e) => inYear(e.periodStart)),
      finished: accepted.filter((e) => e.status !== "ENROLLED" && inYear(e.leftOn)),
    };
    const n = (measure: keyof typeof sets, sex?: Sex | null, group?: EligibilityGroup | null) =>
      report.people
        .filter((r) => r.measure === measure && (sex === undefined || r.sex === sex) && (group === undefined ? r.allGroups : !r.allGroups && r.group === group))
        .reduce((sum, r) => sum + r.n, 0);
    expect(sets.participated.length).toBe(6);
    for (const [measure, list] of Object.entries(sets) as [keyof typeof sets, typeof accepted][]) {
      expect(n(measure)).toBe(new Set(list.map((e) => e.participant.id)).size);
      for (const sex of ["FEMALE", "MALE", null] as const) expect(n(measure, sex)).toBe(list.filter((e) => e.participant.sex === sex).length);
      for (const g of ["LONG_TERM_UNEMPLOYED", "DISABILITY", "ALCOHOL_ADDICTION", "REFUGEE", "HOMELESS"] as const) {
        expect(n(measure, undefined, g)).toBe(list.filter((e) => e.participant.sensitive?.groups.includes(g)).length);
      }
      expect(n(measure, undefined, null)).toBe(list.filter((e) => !e.participant.sensitive?.groups.length).length);
    }
    expect(report.people.every((r) => Object.keys(r).sort().join() === "allGroups,group,measure,n,sex")).toBe(true);
  });

  it("in the current year, counts as started and as having taken part only those whose period has begun", async () => {
    const today = "2025-05-01";
    const report = await yearlyReport(await asCoordinator(), YEAR, zonedInstant(today, "12:00"));
    const full = await yearlyReport(await asCoordinator(), YEAR, zonedInstant("2026-01-15", "12:00"));
    const enrolments = await db.enrolment.findMany({
      where: { centreId: w.centre.id, editionId: { not: null }, status: { in: ["ENROLLED", "COMPLETED", "LEFT"] }, periodStart: { not: null } },
      select: { participantId: true, periodStart: true, periodEnd: true, leftOn: true },
    });
    const begun = (e: (typeof enrolments)[number]) => e.periodStart! <= dbDate(today);
    const started = new Set(enrolments.filter((e) => inYear(e.periodStart) && begun(e)).map((e) => e.participantId));
    const participated = new Set(
      enrolments
        .filter((e) => begun(e) && e.periodStart! <= dbDate(`${YEAR}-12-31`) && (e.leftOn ?? e.periodEnd)! >= dbDate(`${YEAR}-01-01`))
        .map((e) => e.participantId),
    );
    const total = (r: typeof report, measure: string) => r.people.filter((p) => p.measure === measure && p.allGroups).reduce((s, p) => s + p.n, 0);
    expect(total(report, "started")).toBe(started.size);
    expect(total(report, "participated")).toBe(participated.size);
    // The fixture has participations starting after 1 May, so the cut-off really cuts.
    expect(total(report, "started")).toBeLessThan(total(full, "started"));
  });

  it("showing the report on its page is audited, as downloading it is", async () => {
    const before = (await auditEvents(w.centre.id, "kis.report.view")).length;
    const report = await reportForPage(await asCoordinator(), YEAR);
    expect(report.year).toBe(YEAR);
    const events = await auditEvents(w.centre.id, "kis.report.view");
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ actorId: w.coordinator.user.id, recordType: "KisYearlyReport", recordId: String(YEAR) });
    const worker = await authoriseCentre(w.socialWorker.actor, w.centre.slug, ALL_ROLES);
    await expect(reportForPage(worker, YEAR)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("counts outcomes, effects, leave reasons, staff, sessions and volunteers as the records say", async () => {
    const report = await yearlyReport(await asCoordinator(), YEAR);
    const outcomes = (
      await db.outcome.findMany({ where: { centreId: w.centre.id }, select: { kind: true, achievedOn: true, enrolment: { select: { participantId: true } } } })
    ).filter((o) => inYear(o.achievedOn));
    expect(report.outcomes.reduce((s, o) => s + o.outcomes, 0)).toBe(outcomes.length);
    expect(report.outcomes.find((o) => o.kind === "EMPLOYMENT")?.outcomes).toBe(outcomes.filter((o) => o.kind === "EMPLOYMENT").length);
    expect(report.withEffect).toBe(new Set(outcomes.filter((o) => o.kind !== "NONE").map((o) => o.enrolment.participantId)).size);
    expect(report.employed).toBe(2);

    const left = (await db.enrolment.findMany({ where: { centreId: w.centre.id, status: { in: ["COMPLETED", "LEFT"] } } })).filter((e) => inYear(e.leftOn));
    expect(report.leaveReasons.reduce((s, r) => s + r.n, 0)).toBe(left.length);
    expect(report.leaveReasons.find((r) => r.reason === "FOUND_WORK")?.n).toBe(left.filter((e) => e.leaveReason === "FOUND_WORK").length);

    // The team of both editions running in the year (the old one ended in 2024).
    expect(report.staff.reduce((s, r) => s + r.persons, 0)).toBe(3);
    expect(report.staff.find((r) => r.function === "psycholog")).toMatchObject({ basis: "umowa zlecenie", fte: 0.1, persons: 2 });

    const sessions = (await db.session.findMany({ where: { centreId: w.centre.id, status: { not: "CANCELLED" } }, include: { attendance: true } })).filter(
      (s) => s.startsAt >= zonedInstant(`${YEAR}-01-01`, "00:00") && s.startsAt < zonedInstant(`${YEAR + 1}-01-01`, "00:00"),
    );
    expect(report.activities.reduce((s, a) => s + a.sessions, 0)).toBe(sessions.length);
    expect(report.activities.find((a) => a.topic === "Psycholog")).toMatchObject({ kind: "WORKSHOP", sessions: 2, hours: 12 });
    expect(report.activities.reduce((s, a) => s + a.present, 0)).toBe(sessions.flatMap((s) => s.attendance).filter((a) => a.status === "PRESENT").length);
    expect(report.activities.find((a) => a.kind === "EVENT")).toMatchObject({ topic: "Kręgielnia", sessions: 1, hours: 3 });

    // One approved, one declined (not counted), one with hours logged.
    expect(report.volunteers.sort((a, b) => String(a.sex).localeCompare(String(b.sex)))).toEqual([
      { sex: "FEMALE", n: 1 },
      { sex: "MALE", n: 1 },
    ]);
  });

  it("is empty for a year without KIS", async () => {
    const report = await yearlyReport(await asCoordinator(), 2019);
    expect(report.people).toEqual([]);
    expect(report.activities).toEqual([]);
    expect(report.withEffect).toBe(0);
  });
});

describe("the report's files", () => {
  it("the CSV opens in Polish Excel: BOM, semicolons, CRLF, and carries the totals", async () => {
    const { body, filename } = await reportCsv(await asCoordinator(), YEAR);
    expect(filename).toBe("sprawozdanie-kis-2025.csv");
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines = body.slice(1).split("\r\n");
    expect(lines[0]).toBe("Sprawozdanie z działalności Klubu Integracji Społecznej za rok 2025");
    expect(lines[1]).toBe(`Ośrodek;${w.centre.name}`);
    expect(lines).toContain("Grupa;Uczestniczyli w roku;Rozpoczęli udział;Zakończyli udział");
    expect(lines).toContain("Ogółem (osoby);6;4;4");
    expect(lines).toContain("psycholog;umowa zlecenie;0,1;2");
    expect(body.replace(/\r\n/g, "")).not.toContain("\n");
    expect((await auditEvents(w.centre.id, "kis.report.csv")).length).toBeGreaterThan(0);
  });

  it("the PDF carries the same totals, with Polish letters", async () => {
    const { body } = await reportPdf(await asCoordinator(), YEAR);
    const text = (await new PDFParse({ data: body }).getText()).text.replace(/\s+/g, " ");
    expect(text).toContain("Sprawozdanie z działalności Klubu Integracji Społecznej za rok 2025");
    expect(text).toContain(w.centre.name);
    expect(text).toContain("Ogółem (osoby) 6 4 4");
    expect(text).toContain("Uczestnicy, którzy osiągnęli efekt reintegracji 3");
    expect(text).toContain("w tym podjęli zatrudnienie 2");
    expect(text).toContain("zatrudnienie 2 2");
    expect((await auditEvents(w.centre.id, "kis.report.pdf")).length).toBeGreaterThan(0);
  });

  it("refuses a social worker", async () => {
    const centre = await authoriseCentre(w.socialWorker.actor, w.centre.slug, ALL_ROLES);
    await expect(reportCsv(centre, YEAR)).rejects.toMatchObject({ code: "forbidden" });
    await expect(reportPdf(centre, YEAR)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the edition dashboard", () => {
  it("counts places, decisions, attendance by month and outcomes of this edition only", async () => {
    const centre = await asCoordinator();
    expect(await editionDashboard(centre, otherEditionId)).toBeNull();
    const d = (await editionDashboard(centre, editionId))!;
    const enrolments = await db.enrolment.findMany({ where: { centreId: w.centre.id, editionId } });
    const count = (s: EnrolmentStatus) => enrolments.filter((e) => e.status === s).length;
    expect(d.places).toEqual({ capacity: 4, taken: count("ENROLLED") });
    expect(d.statuses).toMatchObject({ REFERRED: count("REFERRED"), WAITLISTED: count("WAITLISTED"), COMPLETED: count("COMPLETED"), LEFT: count("LEFT") });
    const marks = await db.attendance.findMany({ where: { centreId: w.centre.id, session: { editionId } }, include: { session: true } });
    expect(d.attendance.reduce((s, m) => s + m.present + m.excused + m.absent, 0)).toBe(marks.length);
    expect(d.attendance.map((m) => m.month)).toEqual(["2024-12", "2025-03", "2025-04", "2025-05"]);
    const march = marks.filter((m) => m.session.startsAt >= zonedInstant("2025-03-01", "00:00") && m.session.startsAt < zonedInstant("2025-04-01", "00:00"));
    expect(d.attendance.find((m) => m.month === "2025-03")).toMatchObject({
      present: march.filter((m) => m.status === "PRESENT").length,
      absent: march.filter((m) => m.status === "ABSENT").length,
      rate: Math.round((100 * march.filter((m) => m.status === "PRESENT").length) / march.length),
    });
    const outcomes = await db.outcome.findMany({ where: { centreId: w.centre.id, enrolment: { editionId } } });
    expect(d.outcomes.reduce((s, o) => s + o.n, 0)).toBe(outcomes.length);
  });
});
