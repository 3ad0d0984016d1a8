// What a contract needs before it can be signed. A draft may be saved incomplete; signing says
// exactly what is missing, each message keyed by the field that supplies it, so the error summary
// links to it on the contract page.

export type SigningFacts = {
  concludedOn: Date | null;
  place: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  mainGoal: string | null;
  consequencesAcknowledged: boolean;
  goals: number;
  actions: number;
};

export function missingForSigning(c: SigningFacts): Record<string, string[]> {
  const missing: Record<string, string> = {};
  if (!c.concludedOn) missing.concludedOn = "Podaj datę zawarcia kontraktu.";
  if (!c.place) missing.place = "Podaj miejsce zawarcia kontraktu.";
  if (!c.periodStart || !c.periodEnd) missing.periodStart = "Podaj okres, na jaki zawierany jest kontrakt.";
  if (!c.mainGoal) missing.mainGoal = "Wpisz cel główny.";
  if (c.goals === 0) missing["goals.0.text"] = "Wpisz co najmniej jeden cel szczegółowy.";
  if (c.actions === 0) missing["actions.0.description"] = "Wpisz co najmniej jedno działanie.";
  if (!c.consequencesAcknowledged) missing.consequencesAcknowledged = "Zaznacz, że klient został pouczony o skutkach z art. 11 ustawy o pomocy społecznej.";
  return Object.fromEntries(Object.entries(missing).map(([k, m]) => [k, [m]]));
}
