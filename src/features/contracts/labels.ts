// Words staff read about social contracts, and the fixed texts of the 2010 template (rozporządzenie
// MPiPS z dnia 8 listopada 2010 r. w sprawie wzoru kontraktu socjalnego).
import type { ActionProgressStatus, ContractStatus, ContractVariant, ResponsibleParty, Sex, TerminationReason } from "@/generated/prisma/enums";

/** A save refused because someone else saved the contract after this form was read. */
export const STALE_MESSAGE = "Ktoś inny zapisał ten kontrakt w międzyczasie. Odśwież stronę, aby zobaczyć jego zmiany; Twoje wpisy są nadal w formularzu.";

/** "12/2026": how the contract is named on screen, in the PDF and in its file name. */
export function contractNumber(c: { number: number; year: number }): string {
  return `${c.number}/${c.year}`;
}

export const VARIANT_LABELS: Record<ContractVariant, { short: string; title: string; hint: string }> = {
  A: {
    short: "wariant A",
    title: "A – rozwiązanie trudnej sytuacji życiowej",
    hint: "Dla osoby albo całej rodziny, która z pomocą pracownika socjalnego chce wyjść z trudnej sytuacji, np. zadłużenia, kryzysu w rodzinie, utraty mieszkania. Stronami mogą być członkowie rodziny.",
  },
  B: {
    short: "wariant B",
    title: "B – wzmocnienie aktywności i samodzielności",
    hint: "Dla osoby, która chce być bardziej samodzielna, wrócić na rynek pracy albo nie wypaść z życia społecznego, np. skierowanej przez urząd pracy albo do Klubu Integracji Społecznej.",
  },
};

export const STATUS_LABELS: Record<ContractStatus, string> = {
  DRAFT: "szkic, niepodpisany",
  ACTIVE: "obowiązuje",
  COMPLETED: "zrealizowany",
  TERMINATED: "rozwiązany",
  EXPIRED: "wygasł – minął okres",
};

export const TERMINATION_LABELS: Record<TerminationReason, string> = {
  BREACHED: "naruszenie postanowień kontraktu",
  REFUSED: "odmowa realizacji",
  MOVED_AWAY: "zmiana miejsca zamieszkania",
  OTHER: "inny powód",
};

export const RESPONSIBLE_LABELS: Record<ResponsibleParty, string> = {
  CLIENT: "klient",
  SOCIAL_WORKER: "pracownik socjalny",
  FAMILY_MEMBER: "członek rodziny",
  INSTITUTION: "instytucja",
};

export const PROGRESS_LABELS: Record<ActionProgressStatus, string> = {
  DONE: "zrealizowane",
  IN_PROGRESS: "w trakcie",
  NOT_DONE: "niezrealizowane",
};

/** Who answers for an action, as written in the contract: "instytucja: PUP w Wejherowie". */
export function responsibleText(a: { responsible: ResponsibleParty; responsibleName: string | null }): string {
  return a.responsibleName ? `${RESPONSIBLE_LABELS[a.responsible]}: ${a.responsibleName}` : RESPONSIBLE_LABELS[a.responsible];
}

/** Art. 11 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej, which the client is told about. */
export const ART_11 =
  "Brak współdziałania osoby lub rodziny z pracownikiem socjalnym w rozwiązywaniu trudnej sytuacji życiowej, odmowa zawarcia kontraktu socjalnego, niedotrzymywanie jego postanowień, a także marnotrawienie przyznanych świadczeń, ich celowe niszczenie lub korzystanie w sposób niezgodny z przeznaczeniem bądź marnotrawienie własnych zasobów finansowych mogą stanowić podstawę do odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia lub wstrzymania świadczeń pieniężnych z pomocy społecznej.";

/** The client's statement under the contract, in the grammatical gender of the client when known. */
export function acknowledgementSentence(sex: Sex | null): string {
  const [been, told] = sex === "FEMALE" ? ["zostałam", "pouczona"] : sex === "MALE" ? ["zostałem", "pouczony"] : ["zostałem(-am)", "pouczony(-a)"];
  return `Oświadczam, że ${been} ${told} o skutkach odmowy zawarcia kontraktu socjalnego oraz niedotrzymywania jego postanowień, wynikających z art. 11 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej.`;
}

/** "Pan Jan Kowalski" / "Pani Anna Nowak" / "Jan Kowalski" when the sex is not recorded. */
export function clientTitle(c: { firstName: string; lastName: string; sex: Sex | null }): string {
  const name = `${c.firstName} ${c.lastName}`;
  return c.sex === "FEMALE" ? `Pani ${name}` : c.sex === "MALE" ? `Pan ${name}` : name;
}
