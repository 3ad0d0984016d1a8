// What a volunteer sees: their own tasks, the open ones, the club's meetings and their own hours.
// Deliberately small: when, where, what and whom to contact. Never a client, a contract, another
// volunteer's contact details or anyone's checks.
import { db } from "@/server/db";
import { assertMay } from "@/server/tenant";
import type { AuthorisedCentre } from "@/server/tenant";
import { dbDate, fromDbDate, localDate } from "@/server/time";
import { coordinatorsById } from "./data";
import { findMyVolunteer } from "./me";
import { volunteerTasksPolicy } from "./policy";

const sessionSelect = {
  startsAt: true,
  endsAt: true,
  topic: true,
  offer: { select: { name: true } },
  venue: { select: { name: true, street: true, city: true } },
} as const;

const taskSelect = {
  id: true,
  role: true,
  description: true,
  withChildren: true,
  withdrawUntil: true,
  coordinatorId: true,
  session: { select: sessionSelect },
} as const;

/** Everything on the volunteer's phone page, in a few batched queries. Null without a profile. */
export async function myTasks(centre: AuthorisedCentre, now = new Date()) {
  assertMay(centre, volunteerTasksPolicy.own);
  const me = await findMyVolunteer(centre);
  if (!me) return null;
  const year = Number(localDate(now, centre.timeZone).slice(0, 4));
  const [mine, open, hours, meetings, officePhone] = await Promise.all([
    db.assignment.findMany({
      where: { centreId: centre.id, volunteerId: me.id, status: { in: ["REQUESTED", "APPROVED"] } },
      orderBy: { task: { session: { startsAt: "asc" } } },
      select: { id: true, status: true, task: { select: { ...taskSelect, session: { select: { ...sessionSelect, status: true } } } } },
    }),
    db.volunteerTask.findMany({
      where: {
        centreId: centre.id,
        openForSignup: true,
        session: { startsAt: { gt: now }, status: { not: "CANCELLED" } },
        assignments: { none: { volunteerId: me.id, status: { in: ["REQUESTED", "APPROVED", "DECLINED"] } } },
      },
      orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
      select: { ...taskSelect, needed: true, _count: { select: { assignments: { where: { status: "APPROVED" } } } } },
    }),
    db.volunteerHours.findMany({
      where: { centreId: centre.id, volunteerId: me.id, workedOn: { gte: dbDate(`${year}-01-01`), lte: dbDate(`${year}-12-31`) } },
      orderBy: [{ workedOn: "desc" }, { id: "desc" }],
      select: { id: true, taskId: true, workedOn: true, minutes: true, status: true, task: { select: { role: true } } },
    }),
    db.session.findMany({
      where: { centreId: centre.id, startsAt: { gte: now }, status: { not: "CANCELLED" }, offer: { clubKind: "VOLUNTEER_CLUB", archivedAt: null } },
      orderBy: { startsAt: "asc" },
      take: 2,
      select: { id: true, ...sessionSelect },
    }),
    db.centre.findUniqueOrThrow({ where: { id: centre.id }, select: { phone: true } }).then((c) => c.phone),
  ]);
  const coordinators = await coordinatorsById(centre, [...mine.map((a) => a.task.coordinatorId), ...open.map((t) => t.coordinatorId)]);
  const contactOf = (id: string | null) => (id ? (coordinators.get(id) ?? null) : null);
  const strip = <T extends { coordinatorId: string | null }>({ coordinatorId, ...t }: T) => ({ ...t, coordinator: contactOf(coordinatorId) });
  const checked = Boolean(me.registerCheckOn && me.criminalRecordOn);
  const logged = new Set(hours.filter((h) => h.status !== "REJECTED" && h.taskId).map((h) => h.taskId));

  const active = mine.filter((a) => a.task.session.status !== "CANCELLED");
  return {
    firstName: me.firstName,
    officePhone,
    upcoming: active
      .filter((a) => a.task.session.endsAt >= now)
      .map((a) => ({
        assignmentId: a.id,
        status: a.status,
        canWithdraw: now < (a.task.withdrawUntil ?? a.task.session.startsAt),
        task: strip(a.task),
      })),
    /** Approved tasks already begun whose hours are not yet logged. */
    toLog: active
      .filter((a) => a.status === "APPROVED" && a.task.session.startsAt <= now && !logged.has(a.task.id))
      .map((a) => ({ taskId: a.task.id, role: a.task.role, startsAt: a.task.session.startsAt, offer: a.task.session.offer.name })),
    open: open
      .filter((t) => t._count.assignments < t.needed)
      .map(({ _count, needed, ...t }) => ({ ...strip(t), lacking: needed - _count.assignments, mayJoin: checked || !t.withChildren })),
    meetings: meetings.map(({ id, ...s }) => ({ sessionId: id, ...s })),
    year,
    hours: {
      approved: hours.filter((h) => h.status === "APPROVED").reduce((n, h) => n + h.minutes, 0),
      pending: hours.filter((h) => h.status === "PENDING").reduce((n, h) => n + h.minutes, 0),
      records: hours.map((h) => ({ id: h.id, workedOn: fromDbDate(h.workedOn), minutes: h.minutes, status: h.status, role: h.task?.role ?? null })),
    },
  };
}

export type MyTasks = NonNullable<Awaited<ReturnType<typeof myTasks>>>;

/** One task of mine, to log hours for it: with the date and duration of its session to prefill. */
export async function myTaskForHours(centre: AuthorisedCentre, taskId: string) {
  assertMay(centre, volunteerTasksPolicy.own);
  const me = await findMyVolunteer(centre);
  if (!me) return null;
  const a = await db.assignment.findUnique({
    where: { centreId_taskId_volunteerId: { centreId: centre.id, taskId, volunteerId: me.id } },
    select: { status: true, task: { select: taskSelect } },
  });
  if (!a || a.status !== "APPROVED") return null;
  const logged = await db.volunteerHours.findFirst({
    where: { centreId: centre.id, volunteerId: me.id, taskId, status: { in: ["PENDING", "APPROVED"] } },
    select: { minutes: true, status: true },
  });
  const { coordinatorId, ...task } = a.task;
  const coordinator = (await coordinatorsById(centre, [coordinatorId])).get(coordinatorId ?? "") ?? null;
  const minutes = Math.round((task.session.endsAt.getTime() - task.session.startsAt.getTime()) / 60000);
  return {
    task: { ...task, coordinator },
    logged,
    started: task.session.startsAt <= new Date(),
    prefill: { workedOn: localDate(task.session.startsAt, centre.timeZone), hours: String(Math.round((minutes / 60) * 100) / 100).replace(".", ",") },
  };
}
