// Volunteer tasks, sign-ups and hours of the demo (OPS Białołęka's volunteer club): a family picnic
// that needs 3 volunteers, a Mamy Klub task with children, a past neighbourhood fair whose hours
// the demo volunteer (wolontariusz@ops-bialoleka.razem.test) has still to log, and hours to approve.
// Runs after the centre's sessions and volunteers exist; other centres get none.
import { addDays, addHours } from "date-fns";
import type { Tx } from "../../src/server/db";
import { dbDate, localDate, zonedInstant } from "../../src/server/time";
import type { DemoDates } from "./spec";

export async function buildVolunteering(tx: Tx, centreId: string, slug: string, dates: DemoDates) {
  if (slug !== "ops-bialoleka") return;
  const offers = await tx.offer.findMany({
    where: { centreId, slug: { in: ["dialog-miedzypokoleniowy", "mamy-klub", "klub-wolontariusza"] } },
    select: { id: true, slug: true },
  });
  const offer = (s: string) => offers.find((o) => o.slug === s)!.id;
  const cal = await tx.venue.findFirstOrThrow({ where: { centreId, street: "ul. Porajów 14" }, select: { id: true } });
  const coordinator = await tx.membership.findFirstOrThrow({
    where: { centreId, user: { email: "koordynator@ops-bialoleka.razem.test" } },
    select: { id: true, userId: true },
  });
  const volunteers = await tx.volunteer.findMany({ where: { centreId }, select: { id: true, firstName: true, lastName: true, userId: true } });
  const v = (firstName: string, lastName: string) => volunteers.find((x) => x.firstName === firstName && x.lastName === lastName)!.id;
  const account = await tx.user.findUniqueOrThrow({ where: { email: "wolontariusz@ops-bialoleka.razem.test" }, select: { id: true } });
  const wiktor = volunteers.find((x) => x.userId === account.id)!.id;
  const [halina, oliwia] = [v("Halina", "Dobroczynna"), v("Oliwia", "Młodziutka")];

  const event = (date: string, start: string, hours: number, topic: string) => ({
    centreId,
    offerId: offer("dialog-miedzypokoleniowy"),
    kind: "EVENT" as const,
    topic,
    startsAt: zonedInstant(date, start),
    endsAt: addHours(zonedInstant(date, start), hours),
    venueId: cal.id,
  });
  const picnic = await tx.session.create({ data: event(dates.days(12), "11:00", 4, "Piknik rodzinny"), select: { id: true, startsAt: true } });
  const fair = await tx.session.create({ data: { ...event(dates.days(-3), "10:00", 4, "Festyn sąsiedzki"), status: "HELD" }, select: { id: true } });
  const [nextMamy, pastMamy] = await Promise.all([
    tx.session.findFirstOrThrow({
      where: { centreId, offerId: offer("mamy-klub"), startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
      select: { id: true },
    }),
    tx.session.findFirstOrThrow({
      where: { centreId, offerId: offer("mamy-klub"), endsAt: { lt: new Date() } },
      orderBy: { startsAt: "desc" },
      select: { id: true, startsAt: true },
    }),
  ]);
  const task = (sessionId: string, role: string, needed: number, extra: { description?: string; withChildren?: boolean; withdrawUntil?: Date } = {}) =>
    tx.volunteerTask.create({ data: { centreId, sessionId, role, needed, coordinatorId: coordinator.id, ...extra }, select: { id: true } });

  const picnicTask = await task(picnic.id, "pomoc przy pikniku", 3, {
    description: "Rozstawienie namiotów, gry i zabawy dla dzieci, pomoc seniorom.",
    withdrawUntil: addDays(picnic.startsAt, -2),
  });
  const mamyTask = await task(nextMamy.id, "opieka nad dziećmi podczas spotkania Mamy Klubu", 2, {
    withChildren: true,
    description: "Zabawy z dziećmi 0–4 lata, gdy mamy rozmawiają z ekspertem.",
  });
  const fairTask = await task(fair.id, "pomoc przy festynie", 3, { description: "Stoisko z grami podwórkowymi." });
  const pastMamyTask = await task(pastMamy.id, "opieka nad dziećmi podczas spotkania Mamy Klubu", 2, { withChildren: true });

  await tx.assignment.createMany({
    data: [
      { centreId, taskId: picnicTask.id, volunteerId: halina, status: "APPROVED", decidedAt: new Date() },
      { centreId, taskId: picnicTask.id, volunteerId: oliwia, status: "REQUESTED" },
      { centreId, taskId: mamyTask.id, volunteerId: wiktor, status: "APPROVED", decidedAt: new Date() },
      { centreId, taskId: fairTask.id, volunteerId: wiktor, status: "APPROVED", decidedAt: new Date() },
      { centreId, taskId: fairTask.id, volunteerId: halina, status: "APPROVED", decidedAt: new Date() },
      { centreId, taskId: pastMamyTask.id, volunteerId: wiktor, status: "APPROVED", decidedAt: new Date() },
    ],
  });
  // Wiktor's fair hours are left for him to log (the demo and the browser test do it).
  await tx.volunteerHours.createMany({
    data: [
      {
        centreId,
        volunteerId: wiktor,
        taskId: pastMamyTask.id,
        workedOn: dbDate(localDate(pastMamy.startsAt)),
        minutes: 120,
        status: "APPROVED",
        decidedById: coordinator.userId,
        decidedAt: new Date(),
      },
      { centreId, volunteerId: halina, taskId: fairTask.id, workedOn: dbDate(dates.days(-3)), minutes: 240, description: "Stoisko z grami." },
    ],
  });
}
