// A volunteer's own writes: signing up for an open task, withdrawing before the deadline, logging
// hours for a task they were approved for. Only ever their own profile's rows.
import { defineAction } from "@/server/action";
import { conflict, invalid, notFound } from "@/server/errors";
import { dbDate, localDate } from "@/server/time";
import { requireMyVolunteer } from "./me";
import { HOURS_DAYS_AFTER, hoursWindow } from "./period";
import { volunteerTasksPolicy } from "./policy";
import { logHoursInput, taskRef, withdrawInput } from "./schema";
import { approvedCount, lockTask, requireCheckedForChildren, requireConsent } from "./task-lock";

export const signUp = defineAction({
  name: "volunteerTask.signUp",
  allow: volunteerTasksPolicy.own,
  input: taskRef,
  async run({ tx, centre, input }) {
    const me = await requireMyVolunteer(centre, tx);
    const task = await lockTask(tx, centre.id, input.taskId);
    if (!task.openForSignup || task.status === "CANCELLED") throw notFound("Na to zadanie nie można się zgłosić.");
    if (task.startsAt <= new Date()) throw conflict("To spotkanie już się zaczęło albo odbyło.");
    requireConsent(task, me, "volunteer", centre.timeZone);
    requireCheckedForChildren(task, me, "volunteer");
    if ((await approvedCount(tx, centre.id, task.id)) >= task.needed) throw conflict("To zadanie ma już komplet wolontariuszy. Dziękujemy!");
    const existing = await tx.assignment.findUnique({
      where: { centreId_taskId_volunteerId: { centreId: centre.id, taskId: task.id, volunteerId: me.id } },
      select: { id: true, status: true },
    });
    if (existing?.status === "REQUESTED" || existing?.status === "APPROVED") throw conflict("Już zgłosiłeś się do tego zadania.");
    if (existing?.status === "DECLINED") throw conflict("Koordynator nie przyjął Twojego zgłoszenia do tego zadania. W razie pytań skontaktuj się z nim.");
    const row = existing
      ? await tx.assignment.update({
          where: { centreId_id: { centreId: centre.id, id: existing.id } },
          data: { status: "REQUESTED", decidedAt: null },
          select: { id: true },
        })
      : await tx.assignment.create({ data: { centreId: centre.id, taskId: task.id, volunteerId: me.id }, select: { id: true } });
    return {
      data: { assignmentId: row.id },
      audit: { recordType: "Assignment", recordId: row.id },
      message: "Zgłoszenie wysłane. Koordynator je potwierdzi.",
    };
  },
});

export const withdraw = defineAction({
  name: "volunteerTask.withdraw",
  allow: volunteerTasksPolicy.own,
  input: withdrawInput,
  async run({ tx, centre, input }) {
    const me = await requireMyVolunteer(centre, tx);
    const a = await tx.assignment.findUnique({
      where: { centreId_id: { centreId: centre.id, id: input.assignmentId } },
      select: { id: true, status: true, volunteerId: true, taskId: true },
    });
    // Someone else's sign-up looks the same as none.
    if (!a || a.volunteerId !== me.id) throw notFound("Nie znaleziono tego zgłoszenia.");
    if (a.status !== "REQUESTED" && a.status !== "APPROVED") throw conflict("To zgłoszenie nie jest już aktywne.");
    const task = await lockTask(tx, centre.id, a.taskId);
    const deadline = task.withdrawUntil ?? task.startsAt;
    if (new Date() >= deadline) throw conflict("Termin rezygnacji minął. Jeśli nie możesz przyjść, zadzwoń lub napisz do koordynatora.");
    await tx.assignment.update({ where: { centreId_id: { centreId: centre.id, id: a.id } }, data: { status: "WITHDRAWN", decidedAt: new Date() } });
    return { data: { assignmentId: a.id }, audit: { recordType: "Assignment", recordId: a.id }, message: "Zrezygnowałeś z zadania." };
  },
});

export const logHours = defineAction({
  name: "volunteerHours.log",
  allow: volunteerTasksPolicy.own,
  input: logHoursInput,
  async run({ tx, centre, input }) {
    const me = await requireMyVolunteer(centre, tx);
    const a = await tx.assignment.findUnique({
      where: { centreId_taskId_volunteerId: { centreId: centre.id, taskId: input.taskId, volunteerId: me.id } },
      select: { status: true, task: { select: { session: { select: { startsAt: true, status: true } } } } },
    });
    if (!a || a.status !== "APPROVED") throw notFound("Godziny można wpisać tylko za zadanie, do którego koordynator Cię przydzielił.");
    const session = a.task.session;
    if (session.status === "CANCELLED") throw conflict("To spotkanie zostało odwołane: nie można wpisać za nie godzin.");
    if (session.startsAt > new Date()) throw invalid("To zadanie jeszcze się nie odbyło: godziny wpiszesz po nim.", "workedOn");
    if (input.workedOn > localDate(new Date(), centre.timeZone)) throw invalid("Dzień pracy nie może być w przyszłości.", "workedOn");
    // The work is the session's day or, for preparations and clearing up, up to two weeks after it.
    const { first: sessionDay, last: latest } = hoursWindow(session.startsAt, centre.timeZone);
    if (input.workedOn < sessionDay) throw invalid(`Dzień pracy nie może być wcześniejszy niż dzień spotkania (${sessionDay}).`, "workedOn");
    if (input.workedOn > latest) {
      throw invalid(`Dzień pracy może być najpóźniej ${HOURS_DAYS_AFTER} dni po spotkaniu (${latest}).`, "workedOn");
    }
    const already = await tx.volunteerHours.findFirst({
      where: { centreId: centre.id, volunteerId: me.id, taskId: input.taskId, status: { in: ["PENDING", "APPROVED"] } },
      select: { id: true },
    });
    if (already) throw conflict("Godziny za to zadanie są już wpisane.");
    const row = await tx.volunteerHours.create({
      data: {
        centreId: centre.id,
        volunteerId: me.id,
        taskId: input.taskId,
        workedOn: dbDate(input.workedOn),
        // The form asks for hours; the schema turned them into minutes.
        minutes: input.hours,
        description: input.description,
      },
      select: { id: true },
    });
    return {
      data: { hoursId: row.id },
      audit: { recordType: "VolunteerHours", recordId: row.id },
      message: "Godziny wpisane. Czekają na zatwierdzenie koordynatora.",
    };
  },
});
