// Changes to single sessions: cancel one date (the reason is public), restore it, move it, or add
// an extra date. A moved session keeps its occurrence date, so its schedule does not bring the old
// date back; movedFrom remembers when it was first meant to happen, for residents.
import { formatDateTime } from "@/components/ui/format";
import { defineAction } from "@/server/action";
import { conflict } from "@/server/errors";
import { zonedInstant } from "@/server/time";
import { checkVenue, findRunningOffer, findSession } from "./lookups";
import { schedulesPolicy } from "./policy";
import { addSessionInput, cancelSessionInput, moveSessionInput, sessionRefInput } from "./session-schema";

const alreadyHeld = () => conflict("To spotkanie już się odbyło, więc nie można go zmienić.");

export const cancelSession = defineAction({
  name: "session.cancel",
  allow: schedulesPolicy.manageSessions,
  input: cancelSessionInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const session = await findSession(tx, centre.id, input.offerId, input.sessionId);
    if (session.status === "HELD") throw alreadyHeld();
    await tx.session.update({
      where: { centreId_id: { centreId: centre.id, id: session.id } },
      data: { status: "CANCELLED", cancelReason: input.reason },
    });
    return {
      data: null,
      audit: { recordType: "Session", recordId: session.id },
      message: "Spotkanie zostało odwołane. Mieszkańcy zobaczą powód na stronie ośrodka.",
    };
  },
});

export const restoreSession = defineAction({
  name: "session.restore",
  allow: schedulesPolicy.manageSessions,
  input: sessionRefInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const session = await findSession(tx, centre.id, input.offerId, input.sessionId);
    if (session.status !== "CANCELLED") throw conflict("To spotkanie nie jest odwołane.");
    await tx.session.update({
      where: { centreId_id: { centreId: centre.id, id: session.id } },
      data: { status: "PLANNED", cancelReason: null },
    });
    return { data: null, audit: { recordType: "Session", recordId: session.id }, message: "Spotkanie zostało przywrócone i odbędzie się zgodnie z planem." };
  },
});

export const moveSession = defineAction({
  name: "session.move",
  allow: schedulesPolicy.manageSessions,
  input: moveSessionInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const session = await findSession(tx, centre.id, input.offerId, input.sessionId);
    if (session.status === "HELD") throw alreadyHeld();
    if (session.status === "CANCELLED") throw conflict("Odwołanego spotkania nie można przenieść. Najpierw je przywróć.");
    await checkVenue(tx, centre.id, input.venueId, session.venueId);
    const startsAt = zonedInstant(input.date, input.startTime, centre.timeZone);
    const endsAt = zonedInstant(input.date, input.endTime, centre.timeZone);
    // The first move records the original start; moving it back there makes it an ordinary date again.
    const original = session.movedFrom ?? session.startsAt;
    await tx.session.update({
      where: { centreId_id: { centreId: centre.id, id: session.id } },
      data: { startsAt, endsAt, venueId: input.venueId ?? null, movedFrom: original.getTime() === startsAt.getTime() ? null : original },
    });
    return {
      data: null,
      audit: { recordType: "Session", recordId: session.id },
      message: `Spotkanie zostało przeniesione na ${formatDateTime(startsAt, centre.timeZone)}.`,
    };
  },
});

export const addSession = defineAction({
  name: "session.add",
  allow: schedulesPolicy.manageSessions,
  input: addSessionInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    await findRunningOffer(tx, centre.id, input.offerId);
    await checkVenue(tx, centre.id, input.venueId);
    const startsAt = zonedInstant(input.date, input.startTime, centre.timeZone);
    // No schedule and no occurrence date: an extra date stands on its own.
    const session = await tx.session.create({
      data: {
        centreId: centre.id,
        offerId: input.offerId,
        startsAt,
        endsAt: zonedInstant(input.date, input.endTime, centre.timeZone),
        venueId: input.venueId ?? null,
        topic: input.topic ?? null,
        leader: input.leader ?? null,
      },
      select: { id: true },
    });
    return {
      data: { sessionId: session.id },
      audit: { recordType: "Session", recordId: session.id },
      message: `Dodano termin: ${formatDateTime(startsAt, centre.timeZone)}.`,
    };
  },
});
