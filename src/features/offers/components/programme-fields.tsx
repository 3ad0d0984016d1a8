"use client";
// Fields only programmes, social projects and PAL have: their kind, and what the programme sets out
// to do, for whom, where, when and with whom.
import { RadioGroup } from "@/components/ui/choices";
import { TextArea, TextField } from "@/components/ui/field";
import type { OfferFormValues } from "../form-values";
import { PROGRAMME_KIND_LABELS } from "../labels";

export const PROGRAMME_LABELS = {
  kind: { programmeKind: "Rodzaj programu" },
  details: {
    goals: "Cele",
    targetGroup: "Grupa docelowa",
    area: "Obszar realizacji",
    startsOn: "Początek realizacji",
    endsOn: "Koniec realizacji",
    partners: "Partnerzy",
    specialists: "Zapraszani specjaliści",
    activities: "Działania",
  },
};

const KIND_HINTS: Record<string, string> = {
  SOCIAL_PROJECT: "Projekt socjalny, np. dla mieszkańców jednego osiedla.",
  LOCAL_ACTIVITY: "Program Aktywności Lokalnej dla społeczności lokalnej.",
};

type Props = { part: "kind" | "details"; values: OfferFormValues; errors?: Record<string, string[]> };

export function ProgrammeFields({ part, values, errors }: Props) {
  const l = PROGRAMME_LABELS.details;
  const text = (name: keyof typeof l) => ({ name, label: l[name], defaultValue: values[name] as string, errors: errors?.[name] });
  if (part === "kind") {
    return (
      <RadioGroup
        name="programmeKind"
        legend={PROGRAMME_LABELS.kind.programmeKind}
        options={Object.entries(PROGRAMME_KIND_LABELS).map(([value, label]) => ({ value, label, hint: KIND_HINTS[value] }))}
        checked={values.programmeKind}
        errors={errors?.programmeKind}
      />
    );
  }
  return (
    <>
      <TextArea hint="Główny cel i cele szczegółowe." rows={5} {...text("goals")} />
      <TextArea hint="Np. osoby długotrwale bezrobotne z gminy, rodziny z dziećmi z osiedla." {...text("targetGroup")} />
      <TextField hint="Np. osiedle Tarchomin, gmina Lubsko." {...text("area")} />
      <TextField type="date" hint="Np. 2026-03-01." {...text("startsOn")} />
      <TextField type="date" hint="Nie wcześniej niż początek. Puste, jeśli program trwa bez końca." {...text("endsOn")} />
      <TextArea hint="Jeden partner w wierszu, np. Parafialny Zespół Caritas, Szkoła Podstawowa nr 5." {...text("partners")} />
      <TextArea hint="Jeden w wierszu, np. psycholog, doradca zawodowy, dietetyk." {...text("specialists")} />
      <TextArea hint="Co będzie się działo w ramach programu." rows={5} {...text("activities")} />
    </>
  );
}
