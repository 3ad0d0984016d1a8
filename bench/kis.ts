// The server-side cost of the KIS features at a large centre: ten years of two editions a year with
// 18 participants each, every workshop's register filled in (about 29,000 attendance marks), outcomes,
// the team, the art. 1 groups and volunteers with hours. The app's own data functions and action are
// called in-process on a throwaway database (bench/database.ts), as the pages and forms call them,
// many times each; p50/p95 and the number of SQL queries per call are printed. Everything is measured
// twice: with the centre alone, and again after a second centre with the same volume was added, so
// that the scoping by centreId is seen to keep the cost the same.
import os from "node:os";
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { addDays, differenceInCalendarDays, format, isWeekend } from "date-fns";
import { PrismaClient, type Prisma } from "../src/generated/prisma/client";
import type { EligibilityGroup, LeaveReason, OutcomeKind } from "../src/generated/prisma/enums";
import { foldForSearch } from "../src/server/search-text";
import { dbDate, localDate, zonedInstant } from "../src/server/time";
import { benchDatabase } from "./database";

const YEARS = Number(process.env.BENCH_KIS_YEARS ?? 10);
const PER_EDITION = 18;
const SESSIONS_PER_EDITION = 80;
const REPS = Number(process.env.BENCH_REPS ?? 50);
const WARM_UP = 5;
const BATCH = 1000;

/** mulberry32: small and deterministic. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid7(): string {
  const b = randomBytes(16);
  b.writeUIntBE(Date.now(), 0, 6);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const FIRST = [
  "Anna",
  "Maria",
  "Katarzyna",
  "Małgorzata",
  "Agnieszka",
  "Barbara",
  "Ewa",
  "Jan",
  "Piotr",
  "Krzysztof",
  "Andrzej",
  "Tomasz",
  "Paweł",
  "Michał",
  "Łukasz",
  "Zofia",
  "Jerzy",
  "Halina",
];
const LAST = [
  "Nowak",
  "Kowalski",
  "Wiśniewski",
  "Wójcik",
  "Kowalczyk",
  "Kamiński",
  "Lewandowski",
  "Zieliński",
  "Szymański",
  "Woźniak",
  "Dąbrowski",
  "Kozłowski",
  "Jankowski",
  "Mazur",
  "Kwiatkowski",
  "Krawczyk",
  "Piotrowski",
  "Grabowski",
  "Żak",
  "Ślusarz",
];
const TOPICS = [
  "Radzenie sobie ze stresem",
  "Autoprezentacja i rozmowa kwalifikacyjna",
  "Gospodarowanie budżetem domowym",
  "Komunikacja interpersonalna",
  "Prawa pracownika",
  "Zdrowe odżywianie",
  "Pierwsza pomoc",
  "Obsługa komputera",
];
const GROUPS: EligibilityGroup[] = [
  "HOMELESS",
  "ALCOHOL_ADDICTION",
  "DRUG_ADDICTION",
  "MENTAL_DISORDER",
  "LONG_TERM_UNEMPLOYED",
  "RELEASED_FROM_PRISON",
  "REFUGEE",
  "DISABILITY",
];
const OUTCOMES: OutcomeKind[] = ["EMPLOYMENT", "SOCIALLY_USEFUL_WORK", "PUBLIC_WORKS", "INTERNSHIP", "SOCIAL_COOPERATIVE", "EDUCATION", "NONE"];
const LEAVES: LeaveReason[] = ["FOUND_WORK", "DROPPED_OUT", "MOVED"];

const day = (d: string, n: number) => format(addDays(new Date(`${d}T12:00:00Z`), n), "yyyy-MM-dd");

/** `count` weekdays spread evenly over [from, to]. */
function workshopDays(from: string, to: string, count: number): string[] {
  const all: string[] = [];
  for (let d = from; d <= to; d = day(d, 1)) if (!isWeekend(new Date(`${d}T12:00:00Z`))) all.push(d);
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]);
}

type Rows = {
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  offers: Prisma.OfferCreateManyInput[];
  editions: Prisma.KisEditionCreateManyInput[];
  cycles: Prisma.KisCycleCreateManyInput[];
  team: Prisma.KisTeamMemberCreateManyInput[];
  participants: Prisma.ParticipantCreateManyInput[];
  sensitive: Prisma.ParticipantSensitiveCreateManyInput[];
  enrolments: Prisma.EnrolmentCreateManyInput[];
  outcomes: Prisma.OutcomeCreateManyInput[];
  sessions: Prisma.SessionCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  volunteers: Prisma.VolunteerCreateManyInput[];
  tasks: Prisma.VolunteerTaskCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  hours: Prisma.VolunteerHoursCreateManyInput[];
};

export type KisCentre = { id: string; slug: string; admin: { userId: string; name: string; email: string }; currentEditionId: string; heldSessions: string[] };

/**
 * One centre's KIS over YEARS years up to the current one: in each year edition 1 (February–June) and
 * edition 2 (mid-August–mid-December), each with two cycles, a team of five, 18 new participants (15
 * complete, 3 leave early; none yet in the running one) and 80 workshops on weekdays. The current year's second edition is running:
 * its past workshops are held and marked, the coming ones planned.
 */
function centreRows(n: number, now: Date, rnd: () => number): { rows: Rows; centre: KisCentre; centreRow: Prisma.CentreCreateManyInput } {
  const today = localDate(now);
  const thisYear = Number(today.slice(0, 4));
  const id = uuid7();
  const slug = `kis-bench-${n}`;
  const userId = uuid7();
  const admin = { userId, name: `Administratorka ${n}`, email: `admin-${n}-${process.pid}@kis-bench.test` };
  const rows: Rows = {
    users: [{ id: userId, email: admin.email, name: admin.name, passwordHash: "not-a-hash" }],
    memberships: [{ centreId: id, userId, role: "ADMIN" }],
    offers: [],
    editions: [],
    cycles: [],
    team: [],
    participants: [],
    sensitive: [],
    enrolments: [],
    outcomes: [],
    sessions: [],
    attendance: [],
    volunteers: [],
    tasks: [],
    assignments: [],
    hours: [],
  };
  const offerId = uuid7();
  rows.offers.push({
    centreId: id,
    id: offerId,
    type: "CLUB",
    clubKind: "KIS",
    slug: "kis",
    name: "Klub Integracji Społecznej",
    searchText: "klub integracji spolecznej",
  });
  const volunteers = Array.from({ length: 30 }, (_, v) => {
    const vid = uuid7();
    rows.volunteers.push({
      centreId: id,
      id: vid,
      firstName: FIRST[v % FIRST.length],
      lastName: LAST[(v * 7) % LAST.length],
      birthYear: 1950 + Math.floor(rnd() * 55),
      sex: rnd() < 0.6 ? "FEMALE" : "MALE",
    });
    return vid;
  });
  let current = "";
  const held: string[] = [];
  let number = 0;
  for (let year = thisYear - YEARS + 1; year <= thisYear; year++) {
    for (const [from, to] of [
      [`${year}-02-01`, `${year}-06-30`],
      [`${year}-08-17`, `${year}-12-18`],
    ]) {
      number += 1;
      const editionId = uuid7();
      const running = from <= today && today <= to;
      if (running || (!current && to > today)) current = editionId;
      rows.editions.push({
        centreId: id,
        id: editionId,
        offerId,
        number,
        startsOn: dbDate(from),
        endsOn: dbDate(to),
        capacity: PER_EDITION,
        status: to < today ? "FINISHED" : from <= today ? "RUNNING" : "RECRUITING",
      });
      const middle = day(from, Math.floor(differenceInCalendarDays(new Date(to), new Date(from)) / 2));
      rows.cycles.push(
        { centreId: id, editionId, number: 1, startsOn: dbDate(from), endsOn: dbDate(middle) },
        { centreId: id, editionId, number: 2, startsOn: dbDate(day(middle, 1)), endsOn: dbDate(to) },
      );
      rows.team.push(
        { centreId: id, editionId, name: admin.name, userId, function: "specjalista pracy socjalnej", basis: "umowa o pracę", fte: "0.50" },
        { centreId: id, editionId, name: "Joanna Lis", function: "psycholog", basis: "umowa zlecenia", fte: null },
        { centreId: id, editionId, name: "Marek Sowa", function: "doradca zawodowy", basis: "umowa zlecenia", fte: null },
        { centreId: id, editionId, name: `Trener ${number}`, function: "trener umiejętności społecznych", basis: "umowa o dzieło", fte: null },
        { centreId: id, editionId, name: "Ewa Kruk", function: "koordynator KIS", basis: "umowa o pracę", fte: "1.00" },
      );
      // The people: periods cover the edition; in a finished edition three left early.
      const leftOn = day(from, Math.floor(differenceInCalendarDays(new Date(to), new Date(from)) * 0.6));
      const people = Array.from({ length: PER_EDITION }, (_, p) => {
        const pid = uuid7();
        const [firstName, lastName] = [FIRST[(p + number) % FIRST.length], LAST[(p * 3 + number) % LAST.length]];
        rows.participants.push({
          centreId: id,
          id: pid,
          firstName,
          lastName,
          searchName: foldForSearch(`${firstName} ${lastName}`),
          birthYear: 1960 + Math.floor(rnd() * 45),
          sex: rnd() < 0.55 ? "FEMALE" : "MALE",
          phone: `600 ${100 + p} ${200 + number}`,
          city: "Lubsko",
          consentParticipationOn: dbDate(day(from, -10)),
          dataInfoGivenOn: dbDate(day(from, -10)),
        });
        const groups = [GROUPS[Math.floor(rnd() * GROUPS.length)]];
        if (rnd() < 0.4) groups.push(GROUPS[(GROUPS.indexOf(groups[0]) + 1 + Math.floor(rnd() * 7)) % GROUPS.length]);
        rows.sensitive.push({ centreId: id, participantId: pid, groups });
        const leaves = !running && p >= PER_EDITION - 3;
        const enrolmentId = uuid7();
        const until = leaves ? leftOn : to;
        const finished = to < today;
        const status = leaves ? "LEFT" : finished ? "COMPLETED" : "ENROLLED";
        const leaveReason = leaves ? LEAVES[p % LEAVES.length] : finished ? "COMPLETED" : null;
        rows.enrolments.push({
          centreId: id,
          id: enrolmentId,
          participantId: pid,
          offerId,
          editionId,
          status,
          referredById: userId,
          referredAt: new Date(`${day(from, -30)}T09:00:00Z`),
          decidedAt: new Date(`${day(from, -20)}T09:00:00Z`),
          periodStart: dbDate(from),
          periodEnd: dbDate(to),
          leftOn: leaves || finished ? dbDate(until) : null,
          leaveReason,
        });
        if ((finished || leaves) && rnd() < 0.6) {
          const achievedOn = day(until, 14 + Math.floor(rnd() * 60));
          if (achievedOn <= today) {
            const kind = leaveReason === "FOUND_WORK" ? "EMPLOYMENT" : OUTCOMES[Math.floor(rnd() * OUTCOMES.length)];
            rows.outcomes.push({ centreId: id, enrolmentId, kind, achievedOn: dbDate(achievedOn) });
          }
        }
        return { pid, until };
      });
      // The workshops and their registers; every eighth workshop has two volunteers who log 3 hours.
      for (const [s, d] of workshopDays(from, to, SESSIONS_PER_EDITION).entries()) {
        const sid = uuid7();
        const past = d < today;
        rows.sessions.push({
          centreId: id,
          id: sid,
          offerId,
          editionId,
          kind: "WORKSHOP",
          startsAt: zonedInstant(d, "09:00"),
          endsAt: zonedInstant(d, "13:00"),
          topic: TOPICS[s % TOPICS.length],
          leader: "Joanna Lis",
          status: past ? "HELD" : "PLANNED",
        });
        if (past && running) held.push(sid);
        if (past) {
          for (const p of people) {
            if (d > p.until) continue;
            const r = rnd();
            rows.attendance.push({
              centreId: id,
              sessionId: sid,
              participantId: p.pid,
              status: r < 0.8 ? "PRESENT" : r < 0.9 ? "EXCUSED" : "ABSENT",
              markedById: userId,
              markedAt: zonedInstant(d, "14:00"),
            });
          }
        }
        if (s % 8 === 0) {
          const taskId = uuid7();
          rows.tasks.push({ centreId: id, id: taskId, sessionId: sid, role: "pomoc przy warsztatach", needed: 2, openForSignup: false });
          for (const k of [0, 1]) {
            const volunteerId = volunteers[(s + number * 3 + k) % volunteers.length];
            rows.assignments.push({ centreId: id, taskId, volunteerId, status: "APPROVED", decidedAt: new Date(`${day(d, -7)}T09:00:00Z`) });
            if (past) {
              rows.hours.push({
                centreId: id,
                volunteerId,
                taskId,
                workedOn: dbDate(d),
                minutes: 180,
                status: "APPROVED",
                decidedById: userId,
                decidedAt: new Date(`${day(d, 2)}T09:00:00Z`),
              });
            }
          }
        }
      }
    }
  }
  const centreRow: Prisma.CentreCreateManyInput = {
    id,
    slug,
    kind: "MOPS",
    name: `Miejski Ośrodek Pomocy Społecznej nr ${n} (benchmark KIS)`,
    shortName: `MOPS ${n}`,
    municipality: "Lubsko",
    street: "ul. Główna 1",
    postalCode: "68-300",
    city: "Lubsko",
  };
  return { rows, centreRow, centre: { id, slug, admin, currentEditionId: current, heldSessions: held } };
}

async function seedCentre(db: PrismaClient, n: number, now: Date): Promise<{ centre: KisCentre; counts: Record<string, number>; seconds: number }> {
  const started = performance.now();
  const { rows, centre, centreRow } = centreRows(n, now, random(20260101 + n));
  await db.centre.create({ data: centreRow });
  const insert = async <T>(items: T[], one: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < items.length; i += BATCH) await one(items.slice(i, i + BATCH));
  };
  await insert(rows.users, (data) => db.user.createMany({ data }));
  await insert(rows.memberships, (data) => db.membership.createMany({ data }));
  await insert(rows.offers, (data) => db.offer.createMany({ data }));
  await insert(rows.editions, (data) => db.kisEdition.createMany({ data }));
  await insert(rows.cycles, (data) => db.kisCycle.createMany({ data }));
  await insert(rows.team, (data) => db.kisTeamMember.createMany({ data }));
  await insert(rows.participants, (data) => db.participant.createMany({ data }));
  await insert(rows.sensitive, (data) => db.participantSensitive.createMany({ data }));
  await insert(rows.enrolments, (data) => db.enrolment.createMany({ data }));
  await insert(rows.outcomes, (data) => db.outcome.createMany({ data }));
  await insert(rows.sessions, (data) => db.session.createMany({ data }));
  await insert(rows.attendance, (data) => db.attendance.createMany({ data }));
  await insert(rows.volunteers, (data) => db.volunteer.createMany({ data }));
  await insert(rows.tasks, (data) => db.volunteerTask.createMany({ data }));
  await insert(rows.assignments, (data) => db.assignment.createMany({ data }));
  await insert(rows.hours, (data) => db.volunteerHours.createMany({ data }));
  await db.$executeRawUnsafe("ANALYZE");
  const counts = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, (v as unknown[]).length]));
  return { centre, counts, seconds: (performance.now() - started) / 1000 };
}

type Figure = { p50: number; p95: number; queries: string; returns: string; seq: string };

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const bench = await benchDatabase();
  let db: PrismaClient | undefined;
  try {
    // The app's `db` (src/server/db.ts) takes the client from globalThis when one is there: this one
    // counts the queries it sends (Prisma's query event: a transaction's COMMIT is one, its BEGIN is not).
    let queries = 0;
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: bench.url, max: 10 }), log: [{ emit: "event", level: "query" }] });
    client.$on("query", () => {
      queries += 1;
    });
    db = client as unknown as PrismaClient;
    (globalThis as unknown as { razemDb?: PrismaClient }).razemDb = db;
    process.env.DATABASE_URL = bench.url;
    const { authoriseCentre } = await import("../src/server/tenant");
    const { yearlyReport } = await import("../src/features/kis-reports/yearly-data");
    const { editionDashboard } = await import("../src/features/kis-reports/dashboard-data");
    const { monthRegister } = await import("../src/features/attendance/data");
    const { editionParticipants } = await import("../src/features/completion/data");
    const { saveRegister } = await import("../src/features/attendance/mutations");
    const { rosterOn } = await import("../src/features/attendance/roster");

    const now = new Date();
    const today = localDate(now);
    const thisYear = Number(today.slice(0, 4));
    console.log(`database ${bench.name} on ${bench.server}`);
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
    console.log(
      `load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );

    const a = await seedCentre(db, 1, now);
    console.log(`seeded centre 1 in ${a.seconds.toFixed(1)} s:`, a.counts);
    const centre = await authoriseCentre(a.centre.admin, a.centre.slug, ["ADMIN"]);
    const edition = a.centre.currentEditionId;
    // The last month before this one in which the running edition met (its register is all marked).
    const sessionMonths = await db.session.findMany({ where: { centreId: centre.id, editionId: edition, status: "HELD" }, select: { startsAt: true } });
    const months = [...new Set(sessionMonths.map((s) => localDate(s.startsAt).slice(0, 7)))].sort();
    const month = months.filter((m) => m < today.slice(0, 7)).at(-1) ?? months[0];

    // Two held workshops of the running edition for the saves: one whose marks are removed before
    // every save (18 first marks), one whose 18 marks flip between "present" and "absent" (18 corrections).
    const [firstSession, correctedSession] = a.centre.heldSessions.slice(-2);
    const marksFor = async (sessionId: string, status: "PRESENT" | "ABSENT") => {
      const s = await db!.session.findUniqueOrThrow({ where: { centreId_id: { centreId: centre.id, id: sessionId } }, select: { startsAt: true } });
      const roster = await rosterOn(db!, centre, edition, localDate(s.startsAt));
      return { sessionId, marks: Object.fromEntries(roster.map((r) => [r.participantId, status])) };
    };
    const firstMarks = await marksFor(firstSession, "PRESENT");
    const flips = [await marksFor(correctedSession, "ABSENT"), await marksFor(correctedSession, "PRESENT")];
    let flip = 0;
    const save = async (input: unknown) => {
      const result = await saveRegister(a.centre.admin, a.centre.slug, input);
      if (!result.ok) throw new Error(`saveRegister: ${result.message}`);
      return result.data;
    };

    type Case = { name: string; run: () => Promise<unknown>; before?: () => Promise<unknown>; returns: (r: unknown) => string };
    const cases: Case[] = [
      {
        name: `yearly report ${thisYear - 1} (whole year)`,
        run: () => yearlyReport(centre, thisYear - 1, now),
        returns: (r) => `${(r as Awaited<ReturnType<typeof yearlyReport>>).activities.length} activity rows`,
      },
      {
        name: `yearly report ${thisYear} (to date)`,
        run: () => yearlyReport(centre, thisYear, now),
        returns: (r) => `${(r as Awaited<ReturnType<typeof yearlyReport>>).people.length} people rows`,
      },
      {
        name: "edition dashboard (running edition)",
        run: () => editionDashboard(centre, edition),
        returns: (r) => `${(r as NonNullable<Awaited<ReturnType<typeof editionDashboard>>>).attendance.length} months`,
      },
      {
        name: `monthly register ${month}`,
        run: () => monthRegister(centre, edition, month),
        returns: (r) => {
          const m = r as Awaited<ReturnType<typeof monthRegister>>;
          return `${m.rows.length} people × ${m.sessions.length} sessions`;
        },
      },
      { name: "participants with rates", run: () => editionParticipants(centre, edition), returns: (r) => `${(r as unknown[]).length} people` },
      {
        name: "save register: 18 first marks",
        before: async () => {
          await db!.attendanceChange.deleteMany({ where: { centreId: centre.id, sessionId: firstSession } });
          await db!.attendance.deleteMany({ where: { centreId: centre.id, sessionId: firstSession } });
        },
        run: () => save(firstMarks),
        returns: (r) => `${(r as { created: number }).created} created`,
      },
      { name: "save register: 18 corrections", run: () => save(flips[flip++ % 2]), returns: (r) => `${(r as { corrected: number }).corrected} corrected` },
    ];

    // Rows that sequential scans of the large tables read, from PostgreSQL's own counters: a query
    // scoped by centreId that reads through an index adds nothing. An idle backend that reported less
    // than a second ago reports again only after 10 s (PGSTAT_IDLE_INTERVAL), hence the pause.
    const LARGE = ["Attendance", "Session", "Enrolment", "Participant", "ParticipantSensitive", "Outcome", "VolunteerHours"];
    const seqRead = async () => {
      await new Promise((r) => setTimeout(r, 11_000));
      const rows = await db!.$queryRaw<{ relname: string; n: number }[]>`
        SELECT relname, COALESCE(seq_tup_read, 0)::int AS n FROM pg_stat_user_tables WHERE relname = ANY(${LARGE})`;
      return new Map(rows.map((r) => [r.relname, r.n]));
    };

    const measure = async (): Promise<Map<string, Figure>> => {
      const out = new Map<string, Figure>();
      let seqBefore = await seqRead();
      for (const c of cases) {
        const times: number[] = [];
        const counts = new Set<number>();
        let last: unknown;
        for (let i = 0; i < WARM_UP + REPS; i++) {
          await c.before?.();
          queries = 0;
          const started = performance.now();
          last = await c.run();
          const ms = performance.now() - started;
          if (i >= WARM_UP) {
            times.push(ms);
            counts.add(queries);
          }
        }
        const seqAfter = await seqRead();
        // Per call, warm-up calls included (and the untimed clean-up before a call, which uses the primary key).
        const seq = LARGE.map((t) => [t, Math.round(((seqAfter.get(t) ?? 0) - (seqBefore.get(t) ?? 0)) / (WARM_UP + REPS))] as const)
          .filter(([, n]) => n > 0)
          .sort((x, y) => y[1] - x[1]);
        seqBefore = seqAfter;
        times.sort((x, y) => x - y);
        out.set(c.name, {
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          queries: [...counts].sort((x, y) => x - y).join("–"),
          returns: c.returns(last),
          seq: seq.length ? seq.map(([t, n]) => `${t} ${n}`).join(", ") : "0",
        });
      }
      return out;
    };

    const alone = await measure();
    console.log(`measured centre 1 alone (${REPS} calls each after ${WARM_UP} warm-up calls)`);
    const b = await seedCentre(db, 2, now);
    console.log(`seeded centre 2 in ${b.seconds.toFixed(1)} s (same volume)`);
    const both = await measure();
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );

    const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
    const head = [
      "what",
      "returns",
      "SQL queries",
      "p50 ms, 1 centre",
      "p95 ms, 1 centre",
      "p50 ms, 2 centres",
      "p95 ms, 2 centres",
      "seq-scanned rows per call, 1 centre",
      "… 2 centres",
    ];
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    console.log(
      [
        "",
        line(head),
        line(head.map((_, i) => (i < 2 || i > 6 ? "---" : "---:"))),
        ...cases.map((c) => {
          const [x, y] = [alone.get(c.name)!, both.get(c.name)!];
          return line([
            c.name,
            y.returns,
            x.queries === y.queries ? x.queries : `${x.queries} / ${y.queries}`,
            ms(x.p50),
            ms(x.p95),
            ms(y.p50),
            ms(y.p95),
            x.seq,
            y.seq,
          ]);
        }),
      ].join("\n"),
    );
  } finally {
    await db?.$disconnect().catch(() => {});
    await bench.drop();
    console.log(`dropped ${bench.name}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
