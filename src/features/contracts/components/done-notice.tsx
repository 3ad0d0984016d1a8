// After a step that opens the contract's page again (?zapisano=…): what just happened.
import { Notice } from "@/components/ui/notice";

const DONE: Record<string, { title: string; text?: string }> = {
  szkic: { title: "Szkic kontraktu został zapisany.", text: "Uzupełnij strony, ocenę sytuacji, cele i działania. Każdą część zapisujesz osobno." },
  podpisano: { title: "Kontrakt został podpisany i obowiązuje.", text: "Od teraz zmienia się go tylko aneksem." },
  ocena: { title: "Ocena realizacji została zapisana." },
  aneks: { title: "Aneks został zapisany, a zmiany wprowadzone do kontraktu." },
  zakonczono: { title: "Kontrakt został zakończony jako zrealizowany." },
  rozwiazano: { title: "Kontrakt został rozwiązany." },
};

export function DoneNotice({ which }: { which: string | undefined }) {
  const done = which ? DONE[which] : undefined;
  if (!done) return null;
  return (
    <Notice tone="success" title={done.title} live>
      {done.text}
    </Notice>
  );
}
