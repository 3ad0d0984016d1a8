// What the edition forms send, with Polish messages. Repeated rows (cycles, team, session topics)
// come from a plain HTML form as "cycles.0.startsOn" keys; `rows` gathers them into an array, so the
// path of an error ("cycles.1.endsOn") is also the name of the field it belongs to.
import { blank, calendarDate, clockTime, list } from "@/server/form-fields";
import { optionalText, requiredText, z } from "@/server/validation";
import { parseCalendarDate, parseClockTime } from "@/server/calendar-input";
import { EMPLOYMENT_BASES } from "./labels";
import { END_AFTER_START, endAfterStart, WEEKDAYS } from "@/features/schedules/form-fields";

export const editionId = z.uuid({ error: "Nie rozpoznano edycji." });
const cycleId = z.uuid({ error: "Nie rozpoznano cyklu." });
const venueId = z.preprocess(blank, z.uuid({ error: "Wybierz miejsce z listy." }).optional());

/** An integer typed into a form ("15"), with one message for anything that is not one in range. */
const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );

export const CAPACITY_MESSAGE = "Podaj liczbę miejsc od 1 do 40.";
export const capacity = wholeNumber(CAPACITY_MESSAGE, 1, 40);

/**
 * Rows of a repeated group: an array as it is (tests, JSON), or "<group>.<n>.<field>" keys of a
 * form gathered in order of n. With `blankAsNull`, a row whose fields (other than its id) are all
 * empty becomes null: it keeps its place, so every message's path still names the field it is about.
 */
export function rows(group: string, blankAsNull = true) {
  return (raw: unknown) => {
    if (!raw || typeof raw !== "object") return raw;
    const obj = raw as Record<string, unknown>;
    if (Array.isArray(obj[group])) return raw;
    const pattern = new RegExp(`^${group}\\.(\\d+)\\.(\\w+)$`);
    const byIndex = new Map<number, Record<string, unknown>>();
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(obj)) {
      const m = pattern.exec(key);
      if (!m) {
        rest[key] = value;
        continue;
      }
      const row = byIndex.get(Number(m[1])) ?? {};
      row[m[2]] = value;
      byIndex.set(Number(m[1]), row);
    }
    const list = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
    const blankRow = (row: Record<string, unknown>) => Object.entries(row).every(([k, v]) => k === "id" || typeof v !== "string" || v.trim() === "");
    return { ...rest, [group]: blankAsNull ? list.map((row) => (blankRow(row) ? null : row)) : list };
  };
}

const cycleRow = z.object({
  id: z.preprocess(blank, cycleId.optional()),
  startsOn: calendarDate("datę rozpoczęcia cyklu"),
  endsOn: calendarDate("datę zakończenia cyklu"),
});

type CycleRow = z.output<typeof cycleRow>;
const isIso = (v: unknown): v is string => typeof v === "string" && parseCalendarDate(v) === v;
const given = <T>(v: T | null): v is T => v !== null;

/** Each cycle inside the edition, in order, none overlapping the one before; empty rows (null) are skipped. */
export function checkCycles(
  cycles: (CycleRow | null)[],
  edition: { startsOn: string; endsOn: string },
  addIssue: (path: (string | number)[], message: string) => void,
) {
  let prev: { row: CycleRow; i: number } | null = null;
  cycles.forEach((c, i) => {
    if (!c) return;
    if (isIso(c.startsOn) && isIso(c.endsOn) && c.endsOn < c.startsOn) addIssue(["cycles", i, "endsOn"], "Cykl nie może kończyć się przed swoim początkiem.");
    if (isIso(c.startsOn) && isIso(edition.startsOn) && c.startsOn < edition.startsOn)
      addIssue(["cycles", i, "startsOn"], "Cykl musi zaczynać się w czasie edycji.");
    if (isIso(c.endsOn) && isIso(edition.endsOn) && c.endsOn > edition.endsOn) addIssue(["cycles", i, "endsOn"], "Cykl musi kończyć się w czasie edycji.");
    if (prev && isIso(c.startsOn) && isIso(prev.row.endsOn) && c.startsOn <= prev.row.endsOn) {
      addIssue(
        ["cycles", i, "startsOn"],
        `Cykl ${i + 1} musi zaczynać się po zakończeniu cyklu ${prev.i + 1} (cykle następują po sobie i nie nachodzą na siebie).`,
      );
    }
    prev = { row: c, i };
  });
}

const cyclesList = z
  .array(cycleRow.nullable())
  .refine((list) => list.some(given), "Dodaj co najmniej jeden cykl z datą rozpoczęcia i zakończenia.")
  .refine((list) => list.filter(given).length <= 6, "Edycja może mieć najwyżej 6 cykli.");

/** The cycles given, without the empty rows. */
const withoutEmptyRows = <T extends { cycles: (CycleRow | null)[] }>(v: T): Omit<T, "cycles"> & { cycles: CycleRow[] } => ({
  ...v,
  cycles: v.cycles.filter(given),
});

export const createEditionInput = z.preprocess(
  rows("cycles"),
  z
    .object({
      offerId: z.uuid({ error: "Wybierz klub." }),
      number: wholeNumber("Podaj numer edycji: liczbę od 1 do 999.", 1, 999),
      startsOn: calendarDate("datę rozpoczęcia edycji"),
      endsOn: calendarDate("datę zakończenia edycji"),
      capacity,
      cycles: cyclesList,
    })
    .superRefine((v, ctx) => {
      if (isIso(v.startsOn) && isIso(v.endsOn) && v.endsOn < v.startsOn) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Edycja nie może kończyć się przed swoim początkiem." });
      }
      checkCycles(v.cycles, v, (path, message) => ctx.addIssue({ code: "custom", path, message }));
    })
    .transform(withoutEmptyRows),
);

/** Cycles of an existing edition: the ones it has (with id) and new ones (without). */
export const saveCyclesInput = z.preprocess(rows("cycles"), z.object({ editionId, cycles: cyclesList }).transform(withoutEmptyRows));

export const capacityInput = z.object({ editionId, capacity });

export const advanceStatusInput = z.object({
  editionId,
  to: z.enum(["RECRUITING", "RUNNING", "FINISHED"], { error: "Nie rozpoznano etapu edycji." }),
});

/** "0,5" or "0.5" of a full-time post. */
const fte = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
  z
    .number({ error: "Podaj wymiar etatu jako liczbę, np. 0,5." })
    .min(0.01, "Wymiar etatu musi być większy od zera.")
    .max(1.5, "Wymiar etatu może wynosić najwyżej 1,5.")
    .refine((n) => Math.round(n * 100) === n * 100 || Math.abs(Math.round(n * 100) - n * 100) < 1e-9, "Podaj wymiar etatu z dokładnością do setnych, np. 0,25.")
    .optional(),
);

export const addTeamMemberInput = z.object({
  editionId,
  name: requiredText("imię i nazwisko", 120),
  function: requiredText("funkcję w zespole, np. psycholog", 120),
  userId: z.preprocess(blank, z.uuid({ error: "Wybierz osobę z listy." }).optional()),
  basis: z.preprocess(blank, z.enum(EMPLOYMENT_BASES, { error: "Wybierz podstawę zatrudnienia z listy." }).optional()),
  fte,
});

export const removeTeamMemberInput = z.object({ editionId, memberId: z.uuid({ error: "Nie rozpoznano członka zespołu." }) });

export const planCycleInput = z
  .object({
    editionId,
    cycleId,
    weekdays: z.preprocess(list, z.array(z.enum(WEEKDAYS, { error: "Wybierz dni tygodnia z listy." })).min(1, "Zaznacz co najmniej jeden dzień tygodnia.")),
    startTime: clockTime("godzinę rozpoczęcia"),
    endTime: clockTime("godzinę zakończenia"),
    venueId,
    leader: optionalText(120),
  })
  .superRefine(endAfterStart);

const topicRow = z.object({
  id: z.uuid({ error: "Nie rozpoznano zajęć." }),
  topic: optionalText(200),
  leader: optionalText(120),
});

export const setTopicsInput = z.preprocess(
  rows("sessions", false),
  z.object({ editionId, sessions: z.array(topicRow).min(1, "Nie ma zajęć do zapisania.").max(400, "Zapisz najwyżej 400 zajęć naraz.") }),
);

// Its own field names, so it can stand on one page with the rhythm form without sharing ids.
export const addEventInput = z
  .object({
    editionId,
    eventDate: calendarDate("datę wydarzenia"),
    eventStart: clockTime("godzinę rozpoczęcia"),
    eventEnd: clockTime("godzinę zakończenia"),
    eventTopic: requiredText("czego dotyczy wydarzenie, np. wyjście do kina", 200),
    eventVenueId: venueId,
  })
  .superRefine((v, ctx) => {
    if (parseClockTime(v.eventStart) && parseClockTime(v.eventEnd) && v.eventEnd <= v.eventStart) {
      ctx.addIssue({ code: "custom", path: ["eventEnd"], message: END_AFTER_START });
    }
  });
