// Turns a CentreSpec into rows, in one transaction per centre. Sessions of all schedules are
// materialised in one batch; attendance for past KIS sessions follows a fixed pseudo-random pattern,
// so every seeding gives the same demo.
import { addDays, addMinutes } from "date-fns";
import type { Prisma } from "../../src/generated/prisma/client";
import type { Audience, ClubKind } from "../../src/generated/prisma/enums";
import { derivedScheduleColumns } from "../../src/features/schedules/rule";
import { foldForSearch } from "../../src/server/search-text";
import { needsGuardianConsent } from "../../src/features/volunteers/age";
import type { Tx } from "../../src/server/db";
import { dbDate, zonedInstant } from "../../src/server/time";
import { materialiseSchedules, sessionRows, type SchedulePlan } from "../../src/features/schedules/materialise";
import { SEQUENCES } from "../../src/server/numbering";
import type { CentreSpec, ContractSpec, DemoDates } from "./spec";
import { buildVolunteering } from "./volunteering";

const ZONE = "Europe/Warsaw";

const AUDIENCES_OF_CLUB: Partial<Record<ClubKind, Audience[]>> = {
  SENIOR_CLUB: ["SENIORS"],
  MOTHERS_CLUB: ["PARENTS"],
  YOUTH_CLUB: ["CHILDREN_YOUTH"],
  FAMILY_CLUB: ["FAMILIES"],
  KIS: ["JOB_SEEKERS"],
  VOLUNTEER_CLUB: ["EVERYONE"],
};

/** mulberry32: a small deterministic generator, so the demo is the same every time. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function buildCentre(tx: Tx, spec: CentreSpec, dates: DemoDates, passwordHash: string) {
  const centre = await tx.centre.create({ data: { ...spec.centre, timeZone: ZONE }, select: { id: true } });
  const centreId = centre.id;

  // Staff: a person may already exist from another centre (one identity, two memberships).
  const userIds = new Map<string, string>();
  for (const person of spec.staff) {
    const user = await tx.user.upsert({
      where: { email: person.email },
      create: { email: person.email, name: person.name, passwordHash, passwordChangedAt: new Date() },
      update: {},
      select: { id: true },
    });
    userIds.set(person.email, user.id);
    await tx.membership.create({ data: { centreId, userId: user.id, role: person.role } });
  }

  const venueIds = new Map<string, string>();
  for (const { key, ...venue } of spec.venues) {
    const row = await tx.venue.create({ data: { centreId, ...venue }, select: { id: true } });
    venueIds.set(key, row.id);
  }
  const venue = (key?: string) => (key ? (venueIds.get(key) ?? fail(`venue ${key}`)) : null);

  const offerIds = new Map<string, string>();
  const plans: SchedulePlan[] = [];
  // Parents first, so a group can point at its programme.
  const offers = [...spec.offers].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  for (const o of offers) {
    const row = await tx.offer.create({
      data: {
        centreId,
        type: o.type,
        clubKind: o.clubKind,
        programmeKind: o.programmeKind,
        slug: o.slug,
        name: o.name,
        audience: o.audience,
        audiences: o.audiences ?? (o.clubKind ? (AUDIENCES_OF_CLUB[o.clubKind] ?? []) : []),
        description: o.description,
        joinMode: o.joinMode ?? "OPEN",
        howToJoin: o.howToJoin,
        contactPhone: o.contactPhone,
        contactEmail: o.contactEmail,
        isPublic: o.isPublic ?? true,
        archivedAt: o.archived ? new Date() : null,
        parentId: o.parent ? (offerIds.get(o.parent) ?? fail(`parent ${o.parent}`)) : null,
        defaultVenueId: venue(o.venue),
        topic: o.topic,
        facilitator: o.facilitator,
        goals: o.goals,
        targetGroup: o.targetGroup,
        area: o.area,
        startsOn: o.startsOn ? dbDate(o.startsOn) : null,
        endsOn: o.endsOn ? dbDate(o.endsOn) : null,
        partners: o.partners ?? [],
        specialists: o.specialists ?? [],
        activities: o.activities,
        searchText: foldForSearch(o.name, o.audience, o.description, o.topic, o.facilitator, o.targetGroup),
      },
      select: { id: true },
    });
    offerIds.set(o.key, row.id);
    if (o.indicators?.length) {
      await tx.programmeIndicator.createMany({ data: o.indicators.map((i) => ({ centreId, offerId: row.id, ...i })) });
    }
    for (const s of o.schedules ?? []) {
      const schedule = await tx.schedule.create({
        data:
          "irregular" in s
            ? { centreId, offerId: row.id, kind: "IRREGULAR", note: s.irregular, startsOn: dbDate(dates.week(-8)), venueId: venue(s.venue ?? o.venue) }
            : {
                centreId,
                offerId: row.id,
                kind: "RECURRING",
                rrule: s.rrule,
                startsOn: dbDate(s.startsOn ?? dates.week(-8)),
                endsOn: s.endsOn ? dbDate(s.endsOn) : null,
                startTime: s.startTime,
                endTime: s.endTime,
                ...derivedScheduleColumns(s),
                venueId: venue(s.venue ?? o.venue),
                leader: s.leader,
              },
      });
      if (!o.archived) plans.push({ ...schedule, timeZone: ZONE });
    }
  }
  const window = { from: zonedInstant(dates.week(-40), "00:00"), until: addDays(new Date(), 12 * 7) };
  await materialiseSchedules(tx, plans, window);

  const participantIds = new Map<string, string>();
  const contractIds = new Map<string, string>();
  const contractNumbers = new Map<number, number>();
  for (const p of spec.participants ?? []) {
    const row = await tx.participant.create({
      data: {
        centreId,
        firstName: p.firstName,
        lastName: p.lastName,
        searchName: foldForSearch(p.lastName, p.firstName),
        birthYear: p.birthYear,
        sex: p.sex,
        phone: p.phone,
        district: p.district,
        city: spec.centre.city,
        socialWorkerId: p.socialWorker ? (userIds.get(p.socialWorker) ?? fail(`social worker ${p.socialWorker}`)) : null,
        consentParticipationOn: dbDate(dates.week(-30)),
        dataInfoGivenOn: dbDate(dates.week(-30)),
      },
      select: { id: true },
    });
    participantIds.set(p.key, row.id);
    if (p.groups?.length || p.notes) {
      await tx.participantSensitive.create({ data: { centreId, participantId: row.id, groups: p.groups ?? [], notes: p.notes } });
    }
    if (p.household?.length) await tx.householdMember.createMany({ data: p.household.map((h) => ({ centreId, participantId: row.id, ...h })) });
    if (p.contract && p.socialWorker) {
      const year = Number(p.contract.periodStart.slice(0, 4));
      const number = (contractNumbers.get(year) ?? 0) + 1;
      contractNumbers.set(year, number);
      contractIds.set(p.key, await buildContract(tx, centreId, row.id, userIds.get(p.socialWorker)!, number, year, p.contract));
    }
  }
  // The centre's contract numbering continues after the demo's contracts.
  for (const [year, value] of contractNumbers) await tx.numberSequence.create({ data: { centreId, name: SEQUENCES.contract, year, value } });

  for (const edition of spec.kis ?? []) await buildKisEdition(tx, centreId, edition, { offerIds, venue, participantIds, contractIds, userIds, dates });

  for (const v of spec.volunteers ?? []) {
    const volunteer = await tx.volunteer.create({
      data: {
        centreId,
        firstName: v.firstName,
        lastName: v.lastName,
        sex: v.sex,
        birthYear: v.birthYear,
        strand: v.strand,
        skills: v.skills ?? [],
        availability: v.availability,
        phone: v.phone,
        email: v.email,
        userId: v.account ? (userIds.get(v.account) ?? fail(`volunteer account ${v.account}`)) : null,
        registerCheckOn: v.checkedForChildren ? dbDate(dates.week(-20)) : null,
        criminalRecordOn: v.checkedForChildren ? dbDate(dates.week(-20)) : null,
        guardianConsentOn: needsGuardianConsent(v.birthYear, dates.year) && !v.consentPending ? dbDate(dates.week(-25)) : null,
      },
      select: { id: true },
    });
    let renewsId: string | null = null;
    for (const a of v.agreements ?? []) {
      const row: { id: string } = await tx.volunteerAgreement.create({
        data: { centreId, volunteerId: volunteer.id, ...a, signedOn: dbDate(a.signedOn), startsOn: dbDate(a.startsOn), endsOn: dbDate(a.endsOn), renewsId },
        select: { id: true },
      });
      renewsId = row.id;
    }
  }
  await buildVolunteering(tx, centreId, spec.centre.slug, dates);
  return centreId;
}

type Lookups = {
  offerIds: Map<string, string>;
  venue: (key?: string) => string | null;
  participantIds: Map<string, string>;
  contractIds: Map<string, string>;
  userIds: Map<string, string>;
  dates: DemoDates;
};

async function buildKisEdition(tx: Tx, centreId: string, spec: NonNullable<CentreSpec["kis"]>[number], l: Lookups) {
  const offerId = l.offerIds.get(spec.offer) ?? fail(`KIS offer ${spec.offer}`);
  const starts = spec.cycles.map((c) => c.startsOn).sort();
  const ends = spec.cycles.map((c) => c.endsOn).sort();
  const edition = await tx.kisEdition.create({
    data: { centreId, offerId, number: spec.number, capacity: spec.capacity, status: spec.status, startsOn: dbDate(starts[0]), endsOn: dbDate(ends.at(-1)!) },
    select: { id: true },
  });
  await tx.kisTeamMember.createMany({
    data: spec.team.map((t) => ({
      centreId,
      editionId: edition.id,
      name: t.name,
      function: t.function,
      basis: t.basis,
      fte: t.fte,
      userId: t.staffEmail ? (l.userIds.get(t.staffEmail) ?? null) : null,
    })),
  });

  const sessions: Prisma.SessionCreateManyInput[] = [];
  for (const [i, c] of spec.cycles.entries()) {
    const cycle = await tx.kisCycle.create({
      data: { centreId, editionId: edition.id, number: i + 1, startsOn: dbDate(c.startsOn), endsOn: dbDate(c.endsOn) },
      select: { id: true },
    });
    const schedule = await tx.schedule.create({
      data: {
        centreId,
        offerId,
        kind: "RECURRING",
        rrule: c.rrule,
        startsOn: dbDate(c.startsOn),
        endsOn: dbDate(c.endsOn),
        startTime: c.startTime,
        endTime: c.endTime,
        venueId: l.venue(c.venue),
        cycleId: cycle.id,
      },
    });
    const rows = sessionRows(
      { ...schedule, timeZone: ZONE, editionId: edition.id },
      { from: zonedInstant(c.startsOn, "00:00"), until: zonedInstant(c.endsOn, "23:59") },
    );
    rows.forEach((row, n) => {
      const { topic, leader } = c.topics[n % c.topics.length];
      sessions.push({ ...row, topic, leader });
    });
  }
  for (const e of spec.events) {
    sessions.push({
      centreId,
      offerId,
      editionId: edition.id,
      kind: "EVENT",
      topic: e.topic,
      startsAt: zonedInstant(e.date, e.startTime),
      endsAt: zonedInstant(e.date, e.endTime),
      venueId: l.venue(e.venue),
    });
  }
  const now = new Date();
  const past = sessions.filter((s) => (s.endsAt as Date) < now).sort((a, b) => +(a.startsAt as Date) - +(b.startsAt as Date));
  // The latest past workshop's list is still on paper: not yet entered, so it waits in the register.
  const unentered = past.findLast((s) => s.kind === "WORKSHOP");
  for (const s of past) if (s !== unentered) s.status = "HELD";
  await tx.session.createMany({ data: sessions });

  const enrolled = [];
  // Those who have finished already hold their certificates, numbered per year of leaving.
  const certificates = new Map<number, number>();
  for (const [index, e] of spec.enrolments.entries()) {
    const participantId = l.participantIds.get(e.participant) ?? fail(`participant ${e.participant}`);
    const certificateYear = e.leftOn ? Number(e.leftOn.slice(0, 4)) : null;
    const certificateNumber = certificateYear ? (certificates.get(certificateYear) ?? 0) + 1 : null;
    if (certificateYear && certificateNumber) certificates.set(certificateYear, certificateNumber);
    const row = await tx.enrolment.create({
      data: {
        centreId,
        participantId,
        offerId,
        editionId: edition.id,
        status: e.status,
        contractId: l.contractIds.get(e.participant) ?? null,
        referredById: [...l.userIds.values()][0],
        // A minute apart, so the referrals queue in the order they are listed.
        referredAt: addMinutes(addDays(zonedInstant(e.periodStart, "10:00"), -7), index),
        // A referral is undecided and has only its proposed start; the coordinator sets the period.
        decidedAt: e.status === "REFERRED" ? null : zonedInstant(e.periodStart, "09:00"),
        periodStart: dbDate(e.periodStart),
        periodEnd: e.status === "REFERRED" ? null : dbDate(e.periodEnd),
        leftOn: e.leftOn ? dbDate(e.leftOn) : null,
        leaveReason: e.leaveReason,
        certificateYear,
        certificateNumber,
        certificateIssuedOn: e.leftOn ? dbDate(e.leftOn) : null,
      },
      select: { id: true },
    });
    if (e.outcome) await tx.outcome.create({ data: { centreId, enrolmentId: row.id, kind: e.outcome.kind, achievedOn: dbDate(e.outcome.on) } });
    if (e.status === "REFERRED" || e.status === "WAITLISTED" || e.status === "DECLINED") continue;
    enrolled.push({ participantId, from: e.periodStart, to: e.leftOn ?? e.periodEnd });
  }

  for (const [year, value] of certificates) {
    await tx.numberSequence.upsert({
      where: { centreId_name_year: { centreId, name: SEQUENCES.certificate, year } },
      create: { centreId, name: SEQUENCES.certificate, year, value },
      update: { value: { increment: value } },
    });
  }

  // Attendance for sessions already held, for those enrolled at the time.
  const held = await tx.session.findMany({
    where: { centreId, editionId: edition.id, status: "HELD" },
    select: { id: true, occurrenceDate: true, startsAt: true },
    orderBy: { startsAt: "asc" },
  });
  const rnd = random(spec.number * 7919);
  const markerId = [...l.userIds.values()][0];
  const attendance: Prisma.AttendanceCreateManyInput[] = [];
  for (const s of held) {
    const day = s.startsAt.toISOString().slice(0, 10);
    for (const p of enrolled) {
      if (day < p.from || day > p.to) continue;
      const r = rnd();
      attendance.push({
        centreId,
        sessionId: s.id,
        participantId: p.participantId,
        status: r < 0.84 ? "PRESENT" : r < 0.94 ? "EXCUSED" : "ABSENT",
        markedById: markerId,
        markedAt: s.startsAt,
      });
    }
  }
  await tx.attendance.createMany({ data: attendance });
}

async function buildContract(tx: Tx, centreId: string, participantId: string, socialWorkerId: string, number: number, year: number, c: ContractSpec) {
  const signed = c.status !== "DRAFT";
  const contract = await tx.socialContract.create({
    data: {
      centreId,
      participantId,
      socialWorkerId,
      number,
      year,
      variant: c.variant,
      status: c.status,
      concludedOn: dbDate(c.periodStart),
      place: c.place,
      periodStart: dbDate(c.periodStart),
      periodEnd: dbDate(c.periodEnd),
      causes: c.causes,
      resources: c.resources,
      limitations: c.limitations,
      mainGoal: c.mainGoal,
      labourOfficeReferral: c.labourOfficeReferral,
      consequencesAcknowledged: signed,
      signedOn: signed ? dbDate(c.periodStart) : null,
      nextEvaluationOn: c.nextEvaluationOn ? dbDate(c.nextEvaluationOn) : null,
      closedOn: c.status === "COMPLETED" ? dbDate(c.periodEnd) : null,
    },
    select: { id: true },
  });
  if (c.parties?.length) await tx.contractParty.createMany({ data: c.parties.map((x) => ({ centreId, contractId: contract.id, ...x })) });
  const goalIds: string[] = [];
  for (const [i, text] of c.goals.entries()) {
    goalIds.push((await tx.contractGoal.create({ data: { centreId, contractId: contract.id, position: i + 1, text }, select: { id: true } })).id);
  }
  await tx.contractAction.createMany({
    data: c.actions.map((a, i) => ({
      centreId,
      contractId: contract.id,
      position: i + 1,
      description: a.description,
      responsible: a.responsible,
      responsibleName: a.responsibleName,
      deadline: dbDate(a.deadline),
      goalId: a.goal === undefined ? null : goalIds[a.goal],
    })),
  });
  return contract.id;
}

function fail(what: string): never {
  throw new Error(`Demo data refers to an unknown ${what}`);
}
