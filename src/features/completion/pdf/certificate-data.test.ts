import { describe, expect, it } from "vitest";
import { activitiesOf } from "./certificate-data";

const at = (day: number, hours: number, topic: string | null, leader: string | null = null, kind = "WORKSHOP") => ({
  startsAt: new Date(Date.UTC(2026, 3, day, 7)),
  endsAt: new Date(Date.UTC(2026, 3, day, 7) + hours * 3_600_000),
  topic,
  leader,
  kind,
});

describe("the activities on a certificate", () => {
  it("lists each topic once, in the order first attended, with sessions and total hours", () => {
    const out = activitiesOf([
      at(9, 6, "Zdrowe żywienie", "dietetyk"),
      at(2, 6, "Trening umiejętności", "psycholog"),
      at(16, 6, "Trening umiejętności", "psycholog"),
      at(20, 2.5, null, null, "EVENT"),
    ]);
    expect(out.activities).toEqual([
      { topic: "Trening umiejętności", leader: "psycholog", sessions: 2 },
      { topic: "Zdrowe żywienie", leader: "dietetyk", sessions: 1 },
      { topic: "Wydarzenie integracyjne", leader: null, sessions: 1 },
    ]);
    expect(out.totals).toEqual({ sessions: 4, hours: 20.5 });
  });

  it("is empty without attended sessions", () => {
    expect(activitiesOf([])).toEqual({ activities: [], totals: { sessions: 0, hours: 0 } });
  });
});
