// Words staff read about clients. The eligibility groups keep the wording of art. 1 ust. 2 of the
// social employment act (ustawa z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym), so the record
// says what the statute says.
import type { EligibilityGroup, Sex } from "@/generated/prisma/enums";

export const SEX_LABELS: Record<Sex, string> = { FEMALE: "Kobieta", MALE: "Mężczyzna" };

export const ELIGIBILITY_LABELS: Record<EligibilityGroup, string> = {
  HOMELESS: "bezdomni realizujący indywidualny program wychodzenia z bezdomności",
  ALCOHOL_ADDICTION: "uzależnieni od alkoholu",
  DRUG_ADDICTION: "uzależnieni od narkotyków lub innych środków odurzających",
  MENTAL_DISORDER: "chorzy psychicznie (zaburzenia psychiczne)",
  LONG_TERM_UNEMPLOYED: "długotrwale bezrobotni",
  RELEASED_FROM_PRISON: "zwalniani z zakładów karnych",
  REFUGEE: "uchodźcy realizujący indywidualny program integracji",
  DISABILITY: "osoby niepełnosprawne",
};

export const CONSENT_LABELS = {
  consentParticipationOn: "Zgoda na dobrowolny udział",
  dataInfoGivenOn: "Przekazanie informacji o przetwarzaniu danych osobowych",
  imageConsentOn: "Zgoda na wykorzystanie wizerunku",
} as const;

/** What happened to a client's record, as its audit log says it. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "participant.create": "Założenie kartoteki",
  "participant.update": "Zmiana danych",
  "participant.consents.update": "Zmiana zgód",
  "participant.archive": "Archiwizacja kartoteki",
  "participant.restore": "Przywrócenie kartoteki",
  "participant.sensitive.read": "Odczyt danych szczególnie chronionych",
  "participant.sensitive.update": "Zmiana danych szczególnie chronionych",
  "household.add": "Dodanie domownika",
  "household.update": "Zmiana danych domownika",
  "household.remove": "Usunięcie domownika",
};

/** Messages the forms recognise, to offer a way out next to them. */
export const STALE_VERSION_MESSAGE =
  "Ktoś inny zmienił te dane w międzyczasie. Odśwież stronę, żeby zobaczyć aktualne dane, i wprowadź swoje zmiany jeszcze raz. To, co wpisano, zostało w formularzu.";
export const DUPLICATE_PESEL_MESSAGE = "Klient z tym numerem PESEL jest już w kartotece.";
