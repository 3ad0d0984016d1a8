// Writes to an offer's schedules. Each is an action (src/server/action.ts): authorised by
// schedulesPolicy, validated, one transaction with its audit event; residents see the change at once.
// Saving a schedule also brings its sessions up to the horizon in the same transaction.
import { defineAction } from "@/server/action";
import { conflict } from "@/server/errors";
import { dbDate } from "@/server/time";
import { checkVenue, findRunningOffer, lockSchedule, planOf, planSelect } from "./lookups";
import { defaultWindow, HORIZON_WEEKS, materialiseSchedules } from "./materialise";
import { schedulesPolicy } from "./policy";
import { plCount, SESSIONS } from "./polish-plural";
import { replanSchedule } from "./replan";
import { derivedScheduleColumns, toRrule } from "./rule";
import { archiveScheduleInput, createScheduleInput, updateScheduleInput, type ScheduleInput } from "./schema";

/** The stored columns of a schedule; the derived weekdays and start minute are saved every time. */
function scheduleColumns(input: ScheduleInput) {
  const rrule = input.recurrence ? toRrule(input.recurrence) : null;
  return {
    kind: input.kind,
    rrule,
    startsOn: dbDate(input.startsOn),
    endsOn: input.endsOn ? dbDate(input.endsOn) : null,
    startTime: input.startTime,
    endTime: input.endTime,
    exceptions: input.exceptions.map(dbDate),
    ...derivedScheduleColumns({ rrule, startTime: input.startTime }),
    note: input.note,
    venueId: input.venueId,
    leader: input.leader,
  };
}

const alreadyArchived = () => conflict("Ten harmonogram jest już w archiwum.");
const planned = (created: number) => ` Zaplanowano ${plCount(created, SESSIONS)} na najbliższe ${HORIZON_WEEKS} tygodni.`;
const keptNote = (kept: number) =>
  kept > 0
    ? ` Bez zmian zostało ${plCount(kept, SESSIONS)}: mają listę obecności lub zadania dla wolontariuszy albo zostały zmienione ręcznie (odwołane, przeniesione lub z tematem). W razie potrzeby zmień je pojedynczo.`
    : "";

export const createSchedule = defineAction({
  name: "schedule.create",
  allow: schedulesPolicy.manageSchedules,
  input: createScheduleInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    await findRunningOffer(tx, centre.id, input.offerId);
    await checkVenue(tx, centre.id, input.venueId);
    const schedule = await tx.schedule.create({
      data: { centreId: centre.id, offerId: input.offerId, ...scheduleColumns(input) },
      select: planSelect,
    });
    const created = await materialiseSchedules(tx, [planOf(schedule, centre.timeZone)], defaultWindow());
    return {
      data: { scheduleId: schedule.id, created },
      audit: { recordType: "Schedule", recordId: schedule.id },
      message: `Harmonogram został zapisany.${input.kind === "RECURRING" ? planned(created) : ""}`,
    };
  },
});

export const updateSchedule = defineAction({
  name: "schedule.update",
  allow: schedulesPolicy.manageSchedules,
  input: updateScheduleInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const current = await lockSchedule(tx, centre.id, input.offerId, input.scheduleId);
    if (current.archivedAt) throw alreadyArchived();
    await findRunningOffer(tx, centre.id, input.offerId);
    await checkVenue(tx, centre.id, input.venueId, current.venueId);
    const schedule = await tx.schedule.update({
      where: { centreId_id: { centreId: centre.id, id: current.id } },
      data: { ...scheduleColumns(input), generatedUntil: null },
      select: planSelect,
    });
    const { kept } = await replanSchedule(tx, centre.id, schedule.id, planOf(schedule, centre.timeZone), defaultWindow());
    return {
      data: { scheduleId: schedule.id, kept },
      audit: { recordType: "Schedule", recordId: schedule.id },
      message: `Harmonogram został zapisany, a przyszłe spotkania ułożone według nowych ustawień.${keptNote(kept)}`,
    };
  },
});

export const archiveSchedule = defineAction({
  name: "schedule.archive",
  allow: schedulesPolicy.manageSchedules,
  input: archiveScheduleInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const current = await lockSchedule(tx, centre.id, input.offerId, input.scheduleId);
    if (current.archivedAt) throw alreadyArchived();
    await tx.schedule.update({ where: { centreId_id: { centreId: centre.id, id: current.id } }, data: { archivedAt: new Date() } });
    const { kept } = await replanSchedule(tx, centre.id, current.id, null, defaultWindow());
    return {
      data: { scheduleId: current.id, kept },
      audit: { recordType: "Schedule", recordId: current.id },
      message: `Harmonogram został zarchiwizowany, a jego przyszłe spotkania usunięte.${keptNote(kept)}`,
    };
  },
});
