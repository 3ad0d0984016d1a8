import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/server/validation";
import { clientInput, consentsInput, updateClientInput } from "./schema";

const errorsOf = (raw: object) => {
  const parsed = clientInput.safeParse(raw);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("client input", () => {
  it("reads year of birth and sex from the PESEL when they are left empty", () => {
    expect(clientInput.parse({ firstName: "Jan", lastName: "Nowak", pesel: "440514 01359", birthYear: "", sex: "" })).toMatchObject({
      pesel: "44051401359",
      birthYear: 1944,
      sex: "MALE",
    });
  });

  it("keeps year of birth and sex as typed when there is no PESEL", () => {
    expect(clientInput.parse({ firstName: "Anna", lastName: "Nowak", birthYear: " 1975 ", sex: "FEMALE" })).toMatchObject({ birthYear: 1975, sex: "FEMALE" });
  });

  it("shows every problem at once, each next to its field", () => {
    expect(errorsOf({ firstName: "", lastName: "Nowak", pesel: "44051401359", birthYear: "1950", sex: "FEMALE", email: "nie" })).toEqual({
      firstName: ["Podaj imię."],
      email: [expect.stringContaining("adres e-mail")],
      birthYear: ["Rok urodzenia nie zgadza się z numerem PESEL, z którego wynika 1944."],
      sex: ["Płeć nie zgadza się z numerem PESEL, z którego wynika: mężczyzna."],
    });
  });

  it("asks for sex only when there is no PESEL to read it from", () => {
    expect(errorsOf({ firstName: "A", lastName: "B", birthYear: "3000" })).toEqual({
      birthYear: ["Rok urodzenia nie może być późniejszy niż bieżący rok."],
      sex: ["Wybierz płeć (potrzebna do sprawozdań) albo podaj PESEL."],
    });
    expect(errorsOf({ firstName: "A", lastName: "B", pesel: "44051401358" })).toEqual({ pesel: [expect.stringContaining("cyfra kontrolna")] });
    expect(errorsOf({ firstName: "A", lastName: "B", sex: "INNA" })).toEqual({ sex: ["Wybierz płeć."] });
  });

  it("an edit needs the version it was opened at", () => {
    const parsed = updateClientInput.safeParse({ participantId: "00000000-0000-4000-8000-000000000000", firstName: "A", lastName: "B", sex: "MALE" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({ version: ["Nie rozpoznano wersji danych. Odśwież stronę."] });
  });

  it("consent dates are real days, typed either way, and not in the future", () => {
    const id = "00000000-0000-4000-8000-000000000000";
    expect(
      consentsInput.parse({ participantId: id, version: "3", consentParticipationOn: "2.03.2026", dataInfoGivenOn: "", imageConsentOn: "2026-03-02" }),
    ).toEqual({
      participantId: id,
      version: 3,
      consentParticipationOn: "2026-03-02",
      dataInfoGivenOn: undefined,
      imageConsentOn: "2026-03-02",
    });
    const parsed = consentsInput.safeParse({ participantId: id, version: "3", consentParticipationOn: "31.02.2026", imageConsentOn: "2999-01-01" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({
      consentParticipationOn: ["Podaj prawdziwą datę, np. 11.11.2026."],
      imageConsentOn: ["Data nie może być późniejsza niż dzisiaj."],
    });
  });
});
