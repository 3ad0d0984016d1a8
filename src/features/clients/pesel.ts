// PESEL, the Polish national identification number: YYMMDDZZZXQ. The month carries the century
// (+80 for the 1800s, +0 for the 1900s, +20 for the 2000s, +40 and +60 for the two after), X is odd
// for men and even for women, and Q is a checksum. A typo almost always breaks the checksum, so
// checking it here saves a wrong number in the record.
import type { Sex } from "@/generated/prisma/enums";
import { localDate } from "@/server/time";

export type PeselFacts = { birthDate: string; birthYear: number; sex: Sex };
export type PeselProblem = "format" | "checksum" | "date";
export type PeselCheck = { ok: true; facts: PeselFacts } | { ok: false; problem: PeselProblem };

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Month offset → first year of the century it encodes. */
const CENTURIES: [offset: number, century: number][] = [
  [80, 1800],
  [0, 1900],
  [20, 2000],
  [40, 2100],
  [60, 2200],
];

export const PESEL_MESSAGES: Record<PeselProblem, string> = {
  format: "Numer PESEL ma 11 cyfr. Sprawdź, czy żadnej nie brakuje, albo zostaw pole puste.",
  checksum: "To nie jest prawidłowy numer PESEL: nie zgadza się cyfra kontrolna. Sprawdź, czy nie ma literówki.",
  date: "To nie jest prawidłowy numer PESEL: nie zawiera prawdziwej daty urodzenia. Sprawdź, czy nie ma literówki.",
};

/** As people type it: spaces and dashes are ignored. */
export function normalisePesel(text: string): string {
  return text.replace(/[\s-]/g, "");
}

function checksumMatches(digits: number[]): boolean {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * digits[i], 0);
  return (10 - (sum % 10)) % 10 === digits[10];
}

function birthDateOf(digits: number[]): string | null {
  const yy = digits[0] * 10 + digits[1];
  const encodedMonth = digits[2] * 10 + digits[3];
  const day = digits[4] * 10 + digits[5];
  const found = CENTURIES.find(([offset]) => encodedMonth > offset && encodedMonth <= offset + 12);
  if (!found) return null;
  const [offset, century] = found;
  const year = century + yy;
  const month = encodedMonth - offset;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a real day survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a PESEL is valid, and if so the birth date and sex it encodes. A birth date after
 * `today` ("2026-11-23") cannot be anybody's, so such a number is not valid either.
 */
export function checkPesel(text: string, today = localDate(new Date())): PeselCheck {
  const pesel = normalisePesel(text);
  if (!/^\d{11}$/.test(pesel)) return { ok: false, problem: "format" };
  const digits = [...pesel].map(Number);
  if (!checksumMatches(digits)) return { ok: false, problem: "checksum" };
  const birthDate = birthDateOf(digits);
  if (!birthDate || birthDate > today) return { ok: false, problem: "date" };
  return { ok: true, facts: { birthDate, birthYear: Number(birthDate.slice(0, 4)), sex: digits[9] % 2 === 1 ? "MALE" : "FEMALE" } };
}

/** The facts of a valid PESEL; null for anything else. */
export function decodePesel(text: string, today?: string): PeselFacts | null {
  const check = checkPesel(text, today);
  return check.ok ? check.facts : null;
}
