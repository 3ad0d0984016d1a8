// Coordinators' reads: tasks (and which still lack people), one task with its sign-ups and hours,
// the volunteer club's meetings, hours waiting for approval, and the choices for the forms.
import { addWeeks } from "date-fns";
import { assertMay } from "@/server/tenant";
import { formatDateLong, formatTime } from "@/components/ui/format";
import { db } from "@/server/db";
import { localDate } from "@/server/time";
import type { AuthorisedCentre } from "@/server/tenant";
import { coveredOn } from "./agreements";
import { volunteerTasksPolicy } from "./policy";

const sessionSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  kind: true,
  topic: true,
  offer: { select: { id: true, name: true } },
  venue: { select: { name: true, street: true } },
} as const;

/**
 * Names and work e-mails of the members who coordinate tasks, in one query. Coordinators see them on
 * the task; a volunteer sees their own tasks' coordinator (whom to call), nobody else's contact.
 */
export async function coordinatorsById(centre: AuthorisedCentre, ids: (string | null)[]) {
  assertMay(centre, [...volunteerTasksPolicy.manage, ...volunteerTasksPolicy.own]);
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map<string, { name: string; workEmail: string }>();
  const rows = await db.membership.findMany({
    where: { centreId: centre.id, id: { in: wanted } },
    select: { id: true, user: { select: { name: true, email: true } } },
  });
  return new Map(rows.map((m) => [m.id, { name: m.user.name, workEmail: m.user.email }]));
}

async function countsByTask(centreId: string, taskIds: string[]) {
  const groups = taskIds.length
    ? await db.assignment.groupBy({ by: ["taskId", "status"], where: { centreId, taskId: { in: taskIds } }, _count: { _all: true } })
    : [];
  const out = new Map<string, { approved: number; requested: number }>();
  for (const g of groups) {
    const c = out.get(g.taskId) ?? { approved: 0, requested: 0 };
    if (g.status === "APPROVED") c.approved = g._count._all;
    if (g.status === "REQUESTED") c.requested = g._count._all;
    out.set(g.taskId, c);
  }
  return out;
}

/** Tasks whose session has not ended yet, soonest first, with how many people they still lack. */
export async function upcomingTasks(centre: AuthorisedCentre, now = new Date()) {
  assertMay(centre, volunteerTasksPolicy.manage);
  const tasks = await db.volunteerTask.findMany({
    where: { centreId: centre.id, session: { endsAt: { gte: now }, status: { not: "CANCELLED" } } },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
    select: { id: true, role: true, needed: true, withChildren: true, openForSignup: true, session: { select: sessionSelect } },
  });
  const counts = await countsByTask(
    centre.id,
    tasks.map((t) => t.id),
  );
  return tasks.map((t) => {
    const c = counts.get(t.id) ?? { approved: 0, requested: 0 };
    return { ...t, ...c, lacking: Math.max(0, t.needed - c.approved) };
  });
}

export type UpcomingTask = Awaited<ReturnType<typeof upcomingTasks>>[number];

/** The monthly meetings: the coming sessions of the centre's volunteer club(s). */
export async function volunteerMeetings(centre: AuthorisedCentre, now = new Date(), take = 4) {
  assertMay(centre, volunteerTasksPolicy.manage);
  return db.session.findMany({
    where: { centreId: centre.id, startsAt: { gte: now }, status: { not: "CANCELLED" }, offer: { clubKind: "VOLUNTEER_CLUB", archivedAt: null } },
    orderBy: { startsAt: "asc" },
    take,
    select: sessionSelect,
  });
}

/** Hours logged by volunteers and not yet decided, oldest first. */
export async function pendingHours(centre: AuthorisedCentre, taskId?: string) {
  assertMay(centre, volunteerTasksPolicy.manage);
  return db.volunteerHours.findMany({
    where: { centreId: centre.id, status: "PENDING", ...(taskId ? { taskId } : {}) },
    orderBy: [{ workedOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      workedOn: true,
      minutes: true,
      description: true,
      volunteer: { select: { firstName: true, lastName: true } },
      task: { select: { id: true, role: true, session: { select: { offer: { select: { name: true } } } } } },
    },
  });
}

export async function getTask(centre: AuthorisedCentre, taskId: string) {
  assertMay(centre, volunteerTasksPolicy.manage);
  const task = await db.volunteerTask.findUnique({
    where: { centreId_id: { centreId: centre.id, id: taskId } },
    select: {
      id: true,
      role: true,
      description: true,
      needed: true,
      withChildren: true,
      openForSignup: true,
      withdrawUntil: true,
      coordinatorId: true,
      session: { select: sessionSelect },
      assignments: {
        where: { status: { in: ["REQUESTED", "APPROVED"] } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          createdAt: true,
          volunteer: { select: { id: true, firstName: true, lastName: true, phone: true, registerCheckOn: true, criminalRecordOn: true } },
        },
      },
      hours: {
        orderBy: { workedOn: "asc" },
        select: { id: true, workedOn: true, minutes: true, status: true, description: true, volunteer: { select: { firstName: true, lastName: true } } },
      },
    },
  });
  if (!task) return null;
  const [coordinators, covered] = await Promise.all([
    coordinatorsById(centre, [task.coordinatorId]),
    coveredOn(
      db,
      centre.id,
      task.assignments.map((a) => a.volunteer.id),
      localDate(task.session.startsAt, centre.timeZone),
    ),
  ]);
  const coordinator = coordinators.get(task.coordinatorId ?? "") ?? null;
  const approved = task.assignments.filter((a) => a.status === "APPROVED").length;
  // Without an agreement covering the session's day: a warning for the coordinator (agreements.ts).
  const assignments = task.assignments.map((a) => ({ ...a, agreementMissing: !covered.has(a.volunteer.id) }));
  return { ...task, assignments, coordinator, approved, lacking: Math.max(0, task.needed - approved) };
}

/** Active volunteers for the "assign" select; with children only those with both checks count. */
export async function volunteerOptions(centre: AuthorisedCentre) {
  assertMay(centre, volunteerTasksPolicy.manage);
  const rows = await db.volunteer.findMany({
    where: { centreId: centre.id, archivedAt: null },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, registerCheckOn: true, criminalRecordOn: true },
  });
  return rows.map((v) => ({ id: v.id, name: `${v.lastName} ${v.firstName}`, checked: Boolean(v.registerCheckOn && v.criminalRecordOn) }));
}

/** Sessions and events of the coming weeks a task can be added to. */
export async function sessionOptions(centre: AuthorisedCentre, now = new Date(), weeks = 12) {
  assertMay(centre, volunteerTasksPolicy.manage);
  const rows = await db.session.findMany({
    where: { centreId: centre.id, status: "PLANNED", startsAt: { gt: now, lt: addWeeks(now, weeks) } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: sessionSelect,
  });
  return rows.map((s) => ({
    value: s.id,
    label: `${formatDateLong(s.startsAt, centre.timeZone)}, ${formatTime(s.startsAt, centre.timeZone)} – ${s.offer.name}${s.topic ? `: ${s.topic}` : ""}${s.kind === "EVENT" ? " (wydarzenie)" : ""}`,
  }));
}

/** Who may coordinate a task: the centre's active admins and coordinators. */
export async function coordinatorOptions(centre: AuthorisedCentre) {
  assertMay(centre, volunteerTasksPolicy.manage);
  const rows = await db.membership.findMany({
    where: { centreId: centre.id, status: "ACTIVE", role: { in: [...volunteerTasksPolicy.manage] } },
    select: { id: true, userId: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((m) => ({ value: m.id, label: m.user.name, me: m.userId === centre.actorId }));
}
