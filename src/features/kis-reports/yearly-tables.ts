// The yearly report as tables: one shape for the page, the PDF and the CSV, so the three always say
// the same. Rows are fixed (every group, every outcome kind, zeros included) so that a year can be
// compared with the next in a spreadsheet.
import type { EligibilityGroup, OutcomeKind, Sex } from "@/generated/prisma/enums";
import { ELIGIBILITY_LABELS, LEAVE_REASON_LABELS, OUTCOME_LABELS, SESSION_KIND_LABELS } from "./labels";
import type { Measure, YearlyReport } from "./yearly-data";

export type Cell = string | number;
export type ReportTable = { id: string; title: string; note?: string; columns: string[]; rows: Cell[][] };

const GROUPS = Object.keys(ELIGIBILITY_LABELS) as EligibilityGroup[];
const OUTCOMES = Object.keys(OUTCOME_LABELS) as OutcomeKind[];

/** A decimal as Polish spreadsheets and readers write it: "0,25". */
export function decimal(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", ",");
}

function counter(r: YearlyReport) {
  return (measure: Measure, { sex, group }: { sex?: Sex | null; group?: EligibilityGroup | null | "all" } = {}) =>
    r.people
      .filter(
        (p) =>
          p.measure === measure &&
          (sex === undefined || p.sex === sex) &&
          (group === undefined || group === "all" ? p.allGroups : !p.allGroups && p.group === group),
      )
      .reduce((sum, p) => sum + p.n, 0);
}

export function reportTables(r: YearlyReport): ReportTable[] {
  const n = counter(r);
  const groupRows: [string, EligibilityGroup | null | "all"][] = [
    ["Ogółem (osoby)", "all"],
    ...GROUPS.map((g) => [ELIGIBILITY_LABELS[g], g] as [string, EligibilityGroup]),
    ["bez wskazanej grupy", null],
  ];
  const staffPersons = r.staff.reduce((s, x) => s + x.persons, 0);
  const staffFte = r.staff.reduce((s, x) => s + (x.fte ?? 0) * x.persons, 0);
  const sessions = r.activities.reduce((s, a) => s + a.sessions, 0);
  const volunteers = (sex: Sex | null) => r.volunteers.find((v) => v.sex === sex)?.n ?? 0;
  const reasons = r.leaveReasons.filter((x) => x.reason).sort((a, b) => b.n - a.n);
  return [
    {
      id: "kadra",
      title: "1. Kadra klubu: liczba osób, podstawa zatrudnienia i wymiar czasu pracy",
      note: "Zespoły edycji trwających w roku; każda osoba liczona raz. Wymiar w etatach.",
      columns: ["Funkcja", "Podstawa zatrudnienia", "Wymiar czasu pracy (etat)", "Liczba osób"],
      rows: [
        ...r.staff.map((s) => [s.function, s.basis ?? "nie podano", s.fte === null ? "nie podano" : decimal(s.fte), s.persons]),
        ["Razem", "", decimal(staffFte), staffPersons],
      ],
    },
    {
      id: "uczestnicy",
      title: "2. Uczestnicy według grup z art. 1 ust. 2 ustawy o zatrudnieniu socjalnym",
      note: "Liczby osób. Osoba może należeć do kilku grup, więc wiersze grup nie sumują się do ogółu.",
      columns: ["Grupa", "Uczestniczyli w roku", "Rozpoczęli udział", "Zakończyli udział"],
      rows: groupRows.map(([label, group]) => [label, n("participated", { group }), n("started", { group }), n("finished", { group })]),
    },
    {
      id: "efekty",
      title: "3. Efekty reintegracji społecznej i zawodowej",
      note: "Efekty odnotowane w roku (liczby osób) i przyczyny zakończenia udziału (liczby uczestnictw).",
      columns: ["Wskaźnik", "Liczba"],
      rows: [
        ["Uczestnicy, którzy osiągnęli efekt reintegracji", r.withEffect],
        ["w tym podjęli zatrudnienie", r.employed],
        ["Zakończyli udział w roku", n("finished")],
        ...reasons.map((x) => [`zakończenie: ${LEAVE_REASON_LABELS[x.reason!]}`, x.n]),
      ],
    },
    {
      id: "dzialania",
      title: "4. Zrealizowane działania",
      note: "Zajęcia, które odbyły się w roku (bez odwołanych); obecności to liczba odnotowanych obecności uczestników.",
      columns: ["Rodzaj", "Temat", "Liczba zajęć", "Godziny", "Obecności"],
      rows: [
        ...r.activities.map((a) => [SESSION_KIND_LABELS[a.kind], a.topic ?? "bez tematu", a.sessions, decimal(a.hours), a.present]),
        ["Razem", "", sessions, decimal(r.activities.reduce((s, a) => s + a.hours, 0)), r.activities.reduce((s, a) => s + a.present, 0)],
      ],
    },
    {
      id: "statystyka-uczestnicy",
      title: "5. Statystyka KIS: uczestnicy, którzy rozpoczęli i zakończyli udział, według płci i grupy",
      columns: [
        "Grupa",
        "Rozpoczęli: ogółem",
        "Rozpoczęli: kobiety",
        "Rozpoczęli: mężczyźni",
        "Zakończyli: ogółem",
        "Zakończyli: kobiety",
        "Zakończyli: mężczyźni",
      ],
      rows: groupRows.map(([label, group]) => [
        label,
        n("started", { group }),
        n("started", { group, sex: "FEMALE" }),
        n("started", { group, sex: "MALE" }),
        n("finished", { group }),
        n("finished", { group, sex: "FEMALE" }),
        n("finished", { group, sex: "MALE" }),
      ]),
    },
    {
      id: "statystyka-wolontariusze",
      title: "6. Statystyka KIS: wolontariusze według płci",
      note: "Wolontariusze zatwierdzeni do zadań przy zajęciach KIS w roku lub z godzinami przy nich.",
      columns: ["Płeć", "Liczba osób"],
      rows: [
        ["kobiety", volunteers("FEMALE")],
        ["mężczyźni", volunteers("MALE")],
        ["płeć nieodnotowana", volunteers(null)],
        ["Razem", r.volunteers.reduce((s, v) => s + v.n, 0)],
      ],
    },
    {
      id: "statystyka-po-kis",
      title: "7. Statystyka KIS: co uczestnicy robili po zakończeniu udziału",
      columns: ["Sytuacja po KIS", "Liczba osób", "Liczba odnotowanych efektów"],
      rows: OUTCOMES.map((k) => {
        const o = r.outcomes.find((x) => x.kind === k);
        return [OUTCOME_LABELS[k], o?.persons ?? 0, o?.outcomes ?? 0];
      }),
    },
  ];
}

export function reportTitle(year: number) {
  return `Sprawozdanie z działalności Klubu Integracji Społecznej za rok ${year}`;
}
