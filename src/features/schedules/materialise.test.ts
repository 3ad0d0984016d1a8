import { describe, expect, it } from "vitest";
import { dbDate } from "@/server/time";
import { sessionRows, type SchedulePlan } from "./materialise";

const plan: SchedulePlan = {
  centreId: "c",
  id: "s",
  offerId: "o",
  kind: "RECURRING",
  rrule: "FREQ=WEEKLY;BYDAY=TU",
  startsOn: dbDate("2026-03-03"),
  endsOn: dbDate("2026-03-31"),
  startTime: "09:00",
  endTime: "15:00",
  exceptions: [],
  venueId: null,
  leader: null,
  timeZone: "Europe/Warsaw",
};
const march = { from: new Date("2026-03-01T00:00:00Z"), until: new Date("2026-04-01T00:00:00Z") };

describe("sessionRows", () => {
  it("makes a club's regular days meetings", () => {
    const rows = sessionRows(plan, march);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(["MEETING"]));
  });

  it("makes a KIS edition's regular days workshops of that edition, also when a schedule is planned again", () => {
    const rows = sessionRows({ ...plan, editionId: "e" }, march);
    expect(rows.every((r) => r.kind === "WORKSHOP" && r.editionId === "e")).toBe(true);
  });
});
