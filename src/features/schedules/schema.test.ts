import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/server/validation";
import { createScheduleInput } from "./schema";
import { addSessionInput, moveSessionInput } from "./session-schema";

const offerId = "01900000-0000-7000-8000-000000000001";
const weekly = {
  offerId,
  kind: "RECURRING",
  pattern: "weekly",
  weekdays: ["2", "4"],
  interval: "2",
  nth: "",
  weekday: "",
  startsOn: "2026-04-07",
  endsOn: "30.06.2026",
  startTime: "9:00",
  endTime: "15:00",
  venueId: "",
  leader: " psycholog ",
  exceptions: "14.04.2026\n2026-05-01",
  note: "zostaje pominięta",
};

const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return fieldErrorsOf(parsed.error as Parameters<typeof fieldErrorsOf>[0]);
};

describe("the schedule form", () => {
  it("turns a weekly schedule into its rule, dates and normalised times", () => {
    expect(createScheduleInput.parse(weekly)).toEqual({
      offerId,
      kind: "RECURRING",
      recurrence: { pattern: "weekly", weekdays: [2, 4], interval: 2 },
      startsOn: "2026-04-07",
      endsOn: "2026-06-30",
      startTime: "09:00",
      endTime: "15:00",
      venueId: null,
      leader: "psycholog",
      exceptions: ["2026-04-14", "2026-05-01"],
      note: null,
    });
  });

  it("reads one ticked weekday (a single string) and a monthly rule", () => {
    expect(createScheduleInput.parse({ ...weekly, weekdays: "3", interval: "" }).recurrence).toEqual({ pattern: "weekly", weekdays: [3], interval: 1 });
    const monthly = createScheduleInput.parse({ ...weekly, pattern: "monthly", weekdays: [], nth: "-1", weekday: "5" });
    expect(monthly.recurrence).toEqual({ pattern: "monthly", nth: -1, weekday: 5 });
  });

  it("keeps only the note, range and place of an irregular schedule, whatever the hidden fields say", () => {
    const got = createScheduleInput.parse({ ...weekly, kind: "IRREGULAR", pattern: "", weekdays: [], startTime: "", endTime: "x", note: "Dwa razy do roku" });
    expect(got).toMatchObject({ kind: "IRREGULAR", recurrence: null, startTime: null, endTime: null, note: "Dwa razy do roku" });
  });

  it.each([
    [{ kind: "" }, "kind", "Wybierz, czy spotkania odbywają się regularnie."],
    [{ pattern: "" }, "pattern", "Wybierz, jak często odbywają się spotkania."],
    [{ weekdays: [] }, "weekdays", "Zaznacz co najmniej jeden dzień tygodnia."],
    [{ weekdays: ["8"] }, "weekdays.0", "Wybierz dni tygodnia z listy."],
    [{ pattern: "monthly", nth: "", weekday: "4" }, "nth", "Wybierz, który w miesiącu."],
    [{ pattern: "monthly", nth: "1", weekday: "" }, "weekday", "Wybierz dzień tygodnia."],
    [{ startTime: "" }, "startTime", "Podaj godzinę rozpoczęcia."],
    [{ startTime: "25:00" }, "startTime", "Podaj godzinę w formacie GG:MM, np. 16:30."],
    [{ endTime: "08:00" }, "endTime", "Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia."],
    [{ endTime: "09:00" }, "endTime", "Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia."],
    [{ startsOn: "" }, "startsOn", "Podaj datę rozpoczęcia."],
    [{ startsOn: "31.04.2026" }, "startsOn", "Podaj prawdziwą datę, np. 11.11.2026."],
    [{ endsOn: "2026-04-06" }, "endsOn", "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia."],
    [{ exceptions: "14.04.2026\nWielkanoc" }, "exceptions", "Nie rozpoznano daty: Wielkanoc. Wpisz daty jak 11.11.2026."],
    [
      { exceptions: "01.04.2026\n14.04.2026\n01.07.2026" },
      "exceptions",
      "Dni bez spotkań muszą przypadać między datą rozpoczęcia a zakończenia. Poza tym okresem: 01.04.2026, 01.07.2026.",
    ],
    [{ venueId: "nie-id" }, "venueId", "Wybierz miejsce z listy."],
  ])("%o → %s: %s", (change, field, message) => {
    expect(errorsOf(createScheduleInput, { ...weekly, ...change })[field]).toEqual([message]);
  });

  it("reports every problem at once", () => {
    const errors = errorsOf(createScheduleInput, { ...weekly, weekdays: [], startTime: "", endsOn: "2026-01-01" });
    expect(Object.keys(errors).sort()).toEqual(["endsOn", "exceptions", "startTime", "weekdays"]);
  });
});

describe("the session forms", () => {
  const sessionId = "01900000-0000-7000-8000-000000000002";
  it("moves to a real date and times, end after start", () => {
    expect(moveSessionInput.parse({ offerId, sessionId, date: "12.03.2026", startTime: "16:30", endTime: "18:00", venueId: "" })).toEqual({
      offerId,
      sessionId,
      date: "2026-03-12",
      startTime: "16:30",
      endTime: "18:00",
      venueId: undefined,
    });
    expect(errorsOf(moveSessionInput, { offerId, sessionId, date: "", startTime: "18:00", endTime: "16:30" })).toEqual({
      date: ["Podaj datę spotkania."],
      endTime: ["Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia."],
    });
  });

  it("an extra date needs a date and both times", () => {
    expect(errorsOf(addSessionInput, { offerId, date: "2026-03-12", startTime: "", endTime: "1800" })).toEqual({
      startTime: ["Podaj godzinę rozpoczęcia."],
      endTime: ["Podaj godzinę w formacie GG:MM, np. 16:30."],
    });
  });
});
