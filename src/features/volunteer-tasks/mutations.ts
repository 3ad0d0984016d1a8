// Coordinators' writes: tasks on sessions and events, assigning volunteers, deciding on sign-ups and
// on logged hours. Approvals lock the task's row first (task-lock.ts).
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { conflict, invalid, notFound } from "@/server/errors";
import { localDate, zonedInstant } from "@/server/time";
import { AGREEMENT_WARNING, coveredOn } from "./agreements";
import { volunteerTasksPolicy } from "./policy";
import { assignInput, createTaskInput, decideHoursInput, decideSignupInput, withdrawInput } from "./schema";
import { lockTask, requireCheckedForChildren, requireConsent, requirePlace, requireUpcoming } from "./task-lock";

export const createTask = defineAction({
  name: "volunteerTask.create",
  allow: volunteerTasksPolicy.manage,
  input: createTaskInput,
  async run({ tx, centre, input }) {
    const session = await tx.session.findUnique({
      where: { centreId_id: { centreId: centre.id, id: input.sessionId } },
      select: { id: true, startsAt: true, status: true },
    });
    if (!session) throw notFound("Nie znaleziono tego spotkania.", "sessionId");
    if (session.status === "CANCELLED") throw invalid("To spotkanie jest odwołane: wybierz inne.", "sessionId");
    if (session.startsAt <= new Date()) throw invalid("Zadanie można dodać tylko do spotkania, które jeszcze się nie zaczęło.", "sessionId");
    const withdrawUntil = input.withdrawUntilDate ? zonedInstant(input.withdrawUntilDate, input.withdrawUntilTime ?? "23:59", centre.timeZone) : null;
    if (withdrawUntil && withdrawUntil > session.startsAt) {
      throw invalid("Termin rezygnacji musi minąć przed rozpoczęciem spotkania.", "withdrawUntilDate");
    }
    let coordinatorId = input.coordinatorId;
    if (coordinatorId) {
      const member = await tx.membership.findUnique({
        where: { centreId_id: { centreId: centre.id, id: coordinatorId } },
        select: { role: true, status: true },
      });
      if (!member || member.status !== "ACTIVE" || !(volunteerTasksPolicy.manage as readonly string[]).includes(member.role)) {
        throw notFound("Wybierz koordynatora z zespołu ośrodka.", "coordinatorId");
      }
    } else {
      const me = await tx.membership.findUnique({ where: { centreId_userId: { centreId: centre.id, userId: centre.actorId } }, select: { id: true } });
      coordinatorId = me?.id;
    }
    const task = await tx.volunteerTask.create({
      data: {
        centreId: centre.id,
        sessionId: session.id,
        role: input.role,
        description: input.description,
        needed: input.needed,
        withChildren: input.withChildren,
        openForSignup: input.openForSignup,
        withdrawUntil,
        coordinatorId,
      },
      select: { id: true },
    });
    return {
      data: { taskId: task.id, path: `/${centre.slug}/staff/volunteering/${task.id}` },
      audit: { recordType: "VolunteerTask", recordId: task.id },
      message: "Zadanie zostało dodane.",
    };
  },
});

async function volunteerOf(tx: Tx, centreId: string, volunteerId: string) {
  const v = await tx.volunteer.findUnique({
    where: { centreId_id: { centreId, id: volunteerId } },
    select: { id: true, archivedAt: true, birthYear: true, guardianConsentOn: true, registerCheckOn: true, criminalRecordOn: true },
  });
  if (!v || v.archivedAt) throw notFound("Nie znaleziono tego wolontariusza.", "volunteerId");
  return v;
}

/** The coordinator puts a volunteer on a task: approved at once. */
export const assignVolunteer = defineAction({
  name: "volunteerTask.assign",
  allow: volunteerTasksPolicy.manage,
  input: assignInput,
  async run({ tx, centre, input }) {
    const task = await lockTask(tx, centre.id, input.taskId);
    requireUpcoming(task);
    const volunteer = await volunteerOf(tx, centre.id, input.volunteerId);
    requireConsent(task, volunteer, "coordinator", centre.timeZone);
    requireCheckedForChildren(task, volunteer);
    const existing = await tx.assignment.findUnique({
      where: { centreId_taskId_volunteerId: { centreId: centre.id, taskId: task.id, volunteerId: volunteer.id } },
      select: { id: true, status: true },
    });
    if (existing?.status === "APPROVED") throw conflict("Ten wolontariusz jest już przydzielony do tego zadania.", "volunteerId");
    await requirePlace(tx, centre.id, task);
    const data = { status: "APPROVED" as const, decidedAt: new Date() };
    const row = existing
      ? await tx.assignment.update({ where: { centreId_id: { centreId: centre.id, id: existing.id } }, data, select: { id: true } })
      : await tx.assignment.create({ data: { centreId: centre.id, taskId: task.id, volunteerId: volunteer.id, ...data }, select: { id: true } });
    const agreementMissing = !(await coveredOn(tx, centre.id, [volunteer.id], localDate(task.startsAt, centre.timeZone))).has(volunteer.id);
    return {
      data: { assignmentId: row.id, agreementMissing },
      audit: { recordType: "Assignment", recordId: row.id },
      message: `Wolontariusz został przydzielony do zadania.${agreementMissing ? ` ${AGREEMENT_WARNING}` : ""}`,
    };
  },
});

/** Approving or declining a volunteer's sign-up. */
export const decideSignup = defineAction({
  name: "volunteerTask.decide",
  allow: volunteerTasksPolicy.manage,
  input: decideSignupInput,
  async run({ tx, centre, input }) {
    const found = await tx.assignment.findUnique({ where: { centreId_id: { centreId: centre.id, id: input.assignmentId } }, select: { taskId: true } });
    if (!found) throw notFound("Nie znaleziono tego zgłoszenia.");
    const task = await lockTask(tx, centre.id, found.taskId);
    const a = await tx.assignment.findUniqueOrThrow({
      where: { centreId_id: { centreId: centre.id, id: input.assignmentId } },
      select: {
        id: true,
        status: true,
        volunteerId: true,
        volunteer: { select: { birthYear: true, guardianConsentOn: true, registerCheckOn: true, criminalRecordOn: true, archivedAt: true } },
      },
    });
    if (a.status !== "REQUESTED") throw conflict("O tym zgłoszeniu już zdecydowano albo wolontariusz je wycofał.");
    if (input.decision === "APPROVED") {
      requireUpcoming(task);
      if (a.volunteer.archivedAt) throw conflict("Ten wolontariusz nie współpracuje już z ośrodkiem.");
      requireConsent(task, a.volunteer, "coordinator", centre.timeZone);
      requireCheckedForChildren(task, a.volunteer);
      await requirePlace(tx, centre.id, task);
    }
    await tx.assignment.update({
      where: { centreId_id: { centreId: centre.id, id: a.id } },
      data: { status: input.decision, decidedAt: new Date() },
    });
    const agreementMissing =
      input.decision === "APPROVED" && !(await coveredOn(tx, centre.id, [a.volunteerId], localDate(task.startsAt, centre.timeZone))).has(a.volunteerId);
    return {
      data: { assignmentId: a.id, agreementMissing },
      audit: { recordType: "Assignment", recordId: a.id, action: input.decision === "APPROVED" ? "volunteerTask.approve" : "volunteerTask.decline" },
      message: input.decision === "APPROVED" ? `Zgłoszenie przyjęte.${agreementMissing ? ` ${AGREEMENT_WARNING}` : ""}` : "Zgłoszenie odrzucone.",
    };
  },
});

/** Approving or rejecting hours a volunteer logged. */
export const decideHours = defineAction({
  name: "volunteerHours.decide",
  allow: volunteerTasksPolicy.manage,
  input: decideHoursInput,
  async run({ tx, centre, actor, input }) {
    const h = await tx.volunteerHours.findUnique({ where: { centreId_id: { centreId: centre.id, id: input.hoursId } }, select: { id: true, status: true } });
    if (!h) throw notFound("Nie znaleziono tego wpisu godzin.");
    if (h.status !== "PENDING") throw conflict("O tych godzinach już zdecydowano.");
    await tx.volunteerHours.update({
      where: { centreId_id: { centreId: centre.id, id: h.id } },
      data: { status: input.decision, decidedById: actor.userId, decidedAt: new Date() },
    });
    return {
      data: { hoursId: h.id },
      audit: { recordType: "VolunteerHours", recordId: h.id, action: input.decision === "APPROVED" ? "volunteerHours.approve" : "volunteerHours.reject" },
      message: input.decision === "APPROVED" ? "Godziny zatwierdzone." : "Godziny odrzucone.",
    };
  },
});

/** Taking a volunteer off a task (they called in sick, plans changed): the place frees up. */
export const removeAssignment = defineAction({
  name: "volunteerTask.unassign",
  allow: volunteerTasksPolicy.manage,
  input: withdrawInput,
  async run({ tx, centre, input }) {
    const a = await tx.assignment.findUnique({ where: { centreId_id: { centreId: centre.id, id: input.assignmentId } }, select: { id: true, status: true } });
    if (!a) throw notFound("Nie znaleziono tego przydziału.");
    if (a.status !== "APPROVED") throw conflict("Ten wolontariusz nie jest przydzielony do zadania.");
    await tx.assignment.update({ where: { centreId_id: { centreId: centre.id, id: a.id } }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
    return { data: { assignmentId: a.id }, audit: { recordType: "Assignment", recordId: a.id }, message: "Wolontariusz został zdjęty z zadania." };
  },
});
