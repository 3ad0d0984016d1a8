// Writes to KIS editions: creating one with its cycles, its capacity and status, its cycles and team,
// and its session grid (a cycle's rhythm, topics and specialists, integration events). Each is an
// action (src/server/action.ts): authorised by editionsPolicy, validated, one audited transaction.
import { Prisma } from "@/generated/prisma/client";
import type { EditionStatus } from "@/generated/prisma/enums";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { conflict, invalid, notFound } from "@/server/errors";
import { dbDate, fromDbDate, localDate, zonedInstant } from "@/server/time";
import { checkVenue } from "@/features/schedules/lookups";
import { sessionRows } from "@/features/schedules/materialise";
import { plCount, SESSIONS } from "@/features/schedules/polish-plural";
import { derivedScheduleColumns, toRrule, type IsoWeekday } from "@/features/schedules/rule";
import { lockEdition, placesTaken, promoteFromWaitlist } from "@/features/recruitment/places";
import { editionLabel } from "./edition-name";
import { EDITION_STATUS_LABELS, EDITION_STEPS } from "./labels";
import { editionsPolicy } from "./policy";
import { toRoman } from "./roman";
import {
  addEventInput,
  addTeamMemberInput,
  advanceStatusInput,
  capacityInput,
  checkCycles,
  createEditionInput,
  planCycleInput,
  removeTeamMemberInput,
  saveCyclesInput,
  setTopicsInput,
} from "./schema";

const CYCLES = ["cyklem", "cyklami", "cyklami"] as const;

/**
 * The club an edition belongs to: an offer of kind KIS of this centre that is not archived. Its row
 * is locked until the transaction ends, so two editions of one club are created one after another
 * and the second sees the first's number.
 */
async function findKisClub(tx: Tx, centreId: string, offerId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Offer" WHERE "centreId" = ${centreId}::uuid AND "id" = ${offerId}::uuid AND "clubKind" = 'KIS' FOR UPDATE`;
  const club = locked ? await tx.offer.findFirst({ where: { centreId, id: locked.id }, select: { id: true, archivedAt: true } }) : null;
  if (!club) throw notFound("Nie znaleziono tego klubu integracji społecznej.", "offerId");
  if (club.archivedAt) throw conflict("Ten klub jest w archiwum. Przywróć go, zanim dodasz edycję.", "offerId");
  return club;
}

export const createEdition = defineAction({
  name: "kis.edition.create",
  allow: editionsPolicy.manage,
  input: createEditionInput,
  async run({ tx, centre, input }) {
    await findKisClub(tx, centre.id, input.offerId);
    const taken = await tx.kisEdition.findFirst({ where: { centreId: centre.id, offerId: input.offerId, number: input.number }, select: { id: true } });
    const exists = () => conflict(`Ta edycja już istnieje: ten klub ma już ${editionLabel(input.number)}. Wybierz inny numer.`, "number");
    if (taken) throw exists();
    const edition = await tx.kisEdition
      .create({
        data: {
          centreId: centre.id,
          offerId: input.offerId,
          number: input.number,
          capacity: input.capacity,
          startsOn: dbDate(input.startsOn),
          endsOn: dbDate(input.endsOn),
        },
        select: { id: true },
      })
      // The club's lock makes this rare; should the unique number still clash, say so in Polish.
      .catch((e: unknown) => {
        throw e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" ? exists() : e;
      });
    await tx.kisCycle.createMany({
      data: input.cycles.map((c, i) => ({ centreId: centre.id, editionId: edition.id, number: i + 1, startsOn: dbDate(c.startsOn), endsOn: dbDate(c.endsOn) })),
    });
    return {
      data: { editionId: edition.id },
      audit: { recordType: "KisEdition", recordId: edition.id },
      message: `Utworzono edycję ${toRoman(input.number)} z ${plCount(input.cycles.length, CYCLES)}.`,
    };
  },
});

export const changeCapacity = defineAction({
  name: "kis.edition.capacity",
  allow: editionsPolicy.manage,
  input: capacityInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    const taken = await placesTaken(tx, centre.id, edition.id);
    if (input.capacity < taken) {
      throw invalid(`Zajętych miejsc: ${taken}. Liczba miejsc nie może być mniejsza.`, "capacity");
    }
    await tx.kisEdition.update({ where: { centreId_id: { centreId: centre.id, id: edition.id } }, data: { capacity: input.capacity } });
    const promoted =
      input.capacity > edition.capacity
        ? await promoteFromWaitlist(tx, centre.id, { ...edition, capacity: input.capacity }, localDate(new Date(), centre.timeZone))
        : [];
    return {
      data: { promoted },
      audit: { recordType: "KisEdition", recordId: edition.id },
      message: `Liczba miejsc: ${input.capacity}.` + (promoted.length ? ` Z listy rezerwowej przyjęto: ${promoted.map((p) => p.name).join(", ")}.` : ""),
    };
  },
});

export const advanceStatus = defineAction({
  name: "kis.edition.status",
  allow: editionsPolicy.manage,
  input: advanceStatusInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    const next = EDITION_STEPS[EDITION_STEPS.indexOf(edition.status) + 1] as EditionStatus | undefined;
    if (next !== input.to) {
      throw conflict(`Edycja jest na etapie „${EDITION_STATUS_LABELS[edition.status]}”: można ją przenieść tylko o jeden etap naprzód.`);
    }
    if (next === "FINISHED") {
      // Whoever is still enrolled would get no certificate and never count as finished in the report.
      const still = await tx.enrolment.findMany({
        where: { centreId: centre.id, editionId: edition.id, status: "ENROLLED" },
        orderBy: [{ participant: { lastName: "asc" } }, { participant: { firstName: "asc" } }],
        select: { participant: { select: { firstName: true, lastName: true } } },
      });
      if (still.length) {
        const names = still.map((e) => `${e.participant.firstName} ${e.participant.lastName}`).join(", ");
        throw conflict(`Edycji nie można zakończyć, dopóki ktoś w niej uczestniczy. Najpierw użyj „Zakończ udział” (wyda to zaświadczenie) dla: ${names}.`);
      }
    }
    await tx.kisEdition.update({ where: { centreId_id: { centreId: centre.id, id: edition.id } }, data: { status: next } });
    return {
      data: null,
      audit: { recordType: "KisEdition", recordId: edition.id },
      message: `Edycja jest teraz na etapie „${EDITION_STATUS_LABELS[next]}”.`,
    };
  },
});

export const saveCycles = defineAction({
  name: "kis.cycles.save",
  allow: editionsPolicy.manage,
  input: saveCyclesInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    const existing = await tx.kisCycle.findMany({
      where: { centreId: centre.id, editionId: edition.id },
      orderBy: { number: "asc" },
      select: { id: true, number: true },
    });
    const known = new Set(existing.map((c) => c.id));
    if (input.cycles.some((c) => c.id && !known.has(c.id))) throw notFound("Nie znaleziono cyklu tej edycji.");
    if (existing.some((c) => !input.cycles.some((i) => i.id === c.id)))
      throw invalid("Każdy istniejący cykl musi mieć daty: cykli nie można usuwać.", "cycles");
    // Existing cycles first, in their numbers, then the new ones: the form's order.
    const ordered = [...existing.map((c) => input.cycles.find((i) => i.id === c.id)!), ...input.cycles.filter((c) => !c.id)];
    const issues: { path: string; message: string }[] = [];
    checkCycles(ordered, edition, (path, message) => issues.push({ path: path.join("."), message }));
    if (issues.length) throw invalid(issues[0].message, issues[0].path);
    let number = existing.at(-1)?.number ?? 0;
    // A handful of cycles per edition: one update each.
    for (const c of ordered) {
      if (c.id) {
        await tx.kisCycle.update({
          where: { centreId_id: { centreId: centre.id, id: c.id } },
          data: { startsOn: dbDate(c.startsOn), endsOn: dbDate(c.endsOn) },
        });
      } else {
        await tx.kisCycle.create({
          data: { centreId: centre.id, editionId: edition.id, number: ++number, startsOn: dbDate(c.startsOn), endsOn: dbDate(c.endsOn) },
        });
      }
    }
    return { data: null, audit: { recordType: "KisEdition", recordId: edition.id }, message: "Cykle zostały zapisane." };
  },
});

export const addTeamMember = defineAction({
  name: "kis.team.add",
  allow: editionsPolicy.manage,
  input: addTeamMemberInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    if (input.userId) {
      // Only the centre's active staff, as the form lists them: not volunteers, not deactivated accounts.
      const member = await tx.membership.findFirst({
        where: { centreId: centre.id, userId: input.userId, status: "ACTIVE", role: { not: "VOLUNTEER" } },
        select: { id: true },
      });
      if (!member) throw notFound("Wybierz osobę z listy pracowników ośrodka.", "userId");
    }
    const row = await tx.kisTeamMember.create({
      data: {
        centreId: centre.id,
        editionId: edition.id,
        name: input.name,
        function: input.function,
        userId: input.userId ?? null,
        basis: input.basis ?? null,
        fte: input.fte ?? null,
      },
      select: { id: true },
    });
    return { data: { memberId: row.id }, audit: { recordType: "KisTeamMember", recordId: row.id }, message: `Dodano do zespołu: ${input.name}.` };
  },
});

export const removeTeamMember = defineAction({
  name: "kis.team.remove",
  allow: editionsPolicy.manage,
  input: removeTeamMemberInput,
  async run({ tx, centre, input }) {
    const { count } = await tx.kisTeamMember.deleteMany({ where: { centreId: centre.id, editionId: input.editionId, id: input.memberId } });
    if (count === 0) throw notFound("Nie znaleziono tej osoby w zespole edycji.");
    return { data: null, audit: { recordType: "KisTeamMember", recordId: input.memberId }, message: "Osoba została usunięta z zespołu." };
  },
});

/** A cycle of this edition with its club, for planning its sessions. */
async function findCycle(tx: Tx, centreId: string, editionId: string, cycleId: string) {
  const cycle = await tx.kisCycle.findFirst({
    where: { centreId, editionId, id: cycleId },
    select: { id: true, number: true, startsOn: true, endsOn: true, edition: { select: { offerId: true, status: true } } },
  });
  if (!cycle) throw notFound("Nie znaleziono cyklu tej edycji.", "cycleId");
  return cycle;
}

/**
 * A cycle's rhythm (e.g. Tuesdays and Thursdays 9:00–15:00) becomes a schedule of the club tied to the
 * cycle, and at once all its sessions up to the cycle's end: workshops of the edition, whose topics
 * and specialists are then set. The schedule engine makes the dates (sessionRows); the unique
 * (schedule, occurrence date) keeps it from ever making a date twice.
 */
export const planCycle = defineAction({
  name: "kis.cycle.plan",
  allow: editionsPolicy.manage,
  input: planCycleInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    if (edition.status === "FINISHED") throw conflict("Ta edycja jest zakończona: nie można planować jej zajęć.");
    const cycle = await findCycle(tx, centre.id, edition.id, input.cycleId);
    // A cycle is planned once: planning it again would make every session a second time.
    const planned = await tx.session.count({ where: { centreId: centre.id, editionId: edition.id, schedule: { centreId: centre.id, cycleId: cycle.id } } });
    if (planned > 0) {
      throw conflict(
        `Cykl ${cycle.number} ma już zaplanowane zajęcia (${plCount(planned, SESSIONS)}). Zmień tematy i prowadzących w siatce zajęć albo odwołaj pojedyncze zajęcia; nie planuj cyklu ponownie.`,
        "cycleId",
      );
    }
    await checkVenue(tx, centre.id, input.venueId);
    const rrule = toRrule({ pattern: "weekly", weekdays: input.weekdays.map(Number) as IsoWeekday[], interval: 1 });
    const schedule = await tx.schedule.create({
      data: {
        centreId: centre.id,
        offerId: cycle.edition.offerId,
        kind: "RECURRING",
        rrule,
        startsOn: cycle.startsOn,
        endsOn: cycle.endsOn,
        startTime: input.startTime,
        endTime: input.endTime,
        ...derivedScheduleColumns({ rrule, startTime: input.startTime }),
        venueId: input.venueId ?? null,
        leader: input.leader ?? null,
        cycleId: cycle.id,
        // The whole cycle is made now, so the rolling horizon has nothing left to add.
        generatedUntil: cycle.endsOn,
      },
    });
    const rows = sessionRows(
      { ...schedule, timeZone: centre.timeZone, editionId: edition.id },
      { from: zonedInstant(fromDbDate(cycle.startsOn), "00:00", centre.timeZone), until: zonedInstant(fromDbDate(cycle.endsOn), "23:59", centre.timeZone) },
    );
    const { count } = await tx.session.createMany({ data: rows, skipDuplicates: true });
    return {
      data: { scheduleId: schedule.id, created: count },
      audit: { recordType: "Schedule", recordId: schedule.id },
      message: `Zaplanowano ${plCount(count, SESSIONS)} w cyklu ${cycle.number}. Teraz wpisz ich tematy i prowadzących.`,
    };
  },
});

/** Topics and specialists of many sessions at once, in one UPDATE … FROM (VALUES …). */
export const setTopics = defineAction({
  name: "kis.sessions.topics",
  allow: editionsPolicy.manage,
  input: setTopicsInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    const ids = new Set(input.sessions.map((s) => s.id));
    if (ids.size !== input.sessions.length) throw invalid("Każde zajęcia mogą wystąpić w formularzu tylko raz.");
    const values = Prisma.join(input.sessions.map((s) => Prisma.sql`(${s.id}::uuid, ${s.topic ?? null}::text, ${s.leader ?? null}::text)`));
    const updated = await tx.$executeRaw`
      UPDATE "Session" AS s SET "topic" = v.topic, "leader" = v.leader, "updatedAt" = now()
      FROM (VALUES ${values}) AS v(id, topic, leader)
      WHERE s."centreId" = ${centre.id}::uuid AND s."editionId" = ${edition.id}::uuid AND s."id" = v.id`;
    // Any row that is not a session of this edition undoes the whole save.
    if (updated !== input.sessions.length) throw notFound("Nie znaleziono niektórych zajęć tej edycji. Odśwież stronę i spróbuj ponownie.");
    return {
      data: { updated },
      audit: { recordType: "KisEdition", recordId: edition.id },
      message: `Zapisano tematy i prowadzących: ${plCount(updated, SESSIONS)}.`,
    };
  },
});

/** An integration event (cinema, bowling, pizza, a family picnic): a session of kind EVENT. */
export const addEvent = defineAction({
  name: "kis.event.add",
  allow: editionsPolicy.manage,
  input: addEventInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    if (edition.status === "FINISHED") throw conflict("Ta edycja jest zakończona: nie można dodawać jej wydarzeń.");
    if (input.eventDate < edition.startsOn || input.eventDate > edition.endsOn) throw invalid("Wydarzenie musi odbyć się w czasie edycji.", "eventDate");
    await checkVenue(tx, centre.id, input.eventVenueId, null, "eventVenueId");
    const row = await tx.kisEdition.findUniqueOrThrow({ where: { centreId_id: { centreId: centre.id, id: edition.id } }, select: { offerId: true } });
    const session = await tx.session.create({
      data: {
        centreId: centre.id,
        offerId: row.offerId,
        editionId: edition.id,
        kind: "EVENT",
        topic: input.eventTopic,
        startsAt: zonedInstant(input.eventDate, input.eventStart, centre.timeZone),
        endsAt: zonedInstant(input.eventDate, input.eventEnd, centre.timeZone),
        venueId: input.eventVenueId ?? null,
      },
      select: { id: true },
    });
    return { data: { sessionId: session.id }, audit: { recordType: "Session", recordId: session.id }, message: `Dodano wydarzenie: ${input.eventTopic}.` };
  },
});
