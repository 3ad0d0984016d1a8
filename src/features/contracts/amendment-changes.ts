// An amendment's changes ({ field: { from, to } }) in words for the history.
import { polishDate } from "@/server/calendar-input";
import type { ResponsibleParty } from "@/generated/prisma/enums";
import { responsibleText } from "./labels";

type Change = { from?: unknown; to?: unknown };
type AddedAction = { description: string; responsible: ResponsibleParty; responsibleName: string | null; deadline: string };

const date = (v: unknown) => (typeof v === "string" ? polishDate(v) : "—");

/** One sentence per change; actions are named by their description as it is now. */
export function describeChanges(changes: unknown, actionNames: Record<string, string>): string[] {
  if (typeof changes !== "object" || changes === null) return [];
  return Object.entries(changes as Record<string, Change>).map(([key, change]) => {
    if (key === "periodEnd") return `Koniec okresu: ${date(change.from)} → ${date(change.to)}.`;
    const deadline = /^action:([0-9a-f-]+)\.deadline$/.exec(key);
    if (deadline) return `Termin działania „${actionNames[deadline[1]] ?? "usunięte działanie"}”: ${date(change.from)} → ${date(change.to)}.`;
    if (/^action:[0-9a-f-]+$/.test(key) && change.to && typeof change.to === "object") {
      const a = change.to as AddedAction;
      return `Nowe działanie: „${a.description}”, odpowiada ${responsibleText(a)}, termin ${date(a.deadline)}.`;
    }
    return `Zmiana: ${key}.`;
  });
}
