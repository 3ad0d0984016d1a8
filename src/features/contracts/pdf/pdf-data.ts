// The contract as the printed template shows it: every date written out, every party named. Built
// from what getContract read, so the document itself only lays things out.
import type { ContractVariant } from "@/generated/prisma/enums";
import { formatCalendarDate } from "@/components/ui/format";
import type { ContractDetails } from "../data";
import { acknowledgementSentence, clientTitle, contractNumber, responsibleText } from "../labels";
import { INSTITUTION_ROLE } from "../schema";

export type CentreLetterhead = { name: string; street: string; postalCode: string; city: string };

export type ContractPdfData = {
  number: string;
  variant: ContractVariant;
  concludedOn: string | null;
  place: string | null;
  centre: { name: string; address: string };
  client: { title: string; livesAt: string; address: string | null; acknowledgement: string };
  family: { name: string; role: string }[];
  institutions: string[];
  socialWorker: string;
  labourOfficeReferral: string | null;
  causes: string | null;
  resources: string | null;
  limitations: string | null;
  mainGoal: string | null;
  goals: string[];
  actions: { description: string; who: string; deadline: string; goal: number | null }[];
  period: { start: string; end: string };
};

export function contractPdfData(c: ContractDetails, centre: CentreLetterhead): ContractPdfData {
  const p = c.participant;
  const address = [p.street, [p.postalCode, p.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const institutionParties = c.parties.filter((x) => x.role === INSTITUTION_ROLE).map((x) => x.name);
  const institutionsInActions = c.actions.filter((a) => a.responsible === "INSTITUTION" && a.responsibleName).map((a) => a.responsibleName!);
  const goalPosition = new Map(c.goals.map((g) => [g.id, g.position]));
  return {
    number: contractNumber(c),
    variant: c.variant,
    concludedOn: c.concludedOn ? formatCalendarDate(c.concludedOn) : null,
    place: c.place,
    centre: { name: centre.name, address: `${centre.street}, ${centre.postalCode} ${centre.city}` },
    client: {
      title: clientTitle(p),
      livesAt: p.sex === "FEMALE" ? "zamieszkała" : p.sex === "MALE" ? "zamieszkały" : "zamieszkały(-a)",
      address: address || null,
      acknowledgement: acknowledgementSentence(p.sex),
    },
    family: c.variant === "A" ? c.parties.filter((x) => x.role !== INSTITUTION_ROLE).map((x) => ({ name: x.name, role: x.role })) : [],
    // The institutions named as parties and those named in actions, each once.
    institutions: [...new Set([...institutionParties, ...institutionsInActions])],
    socialWorker: c.socialWorker.user.name,
    labourOfficeReferral: c.variant === "B" ? c.labourOfficeReferral : null,
    causes: c.causes,
    resources: c.resources,
    limitations: c.limitations,
    mainGoal: c.mainGoal,
    goals: c.goals.map((g) => g.text),
    actions: c.actions.map((a) => ({
      description: a.description,
      who: responsibleText(a),
      deadline: formatCalendarDate(a.deadline),
      goal: a.goalId ? (goalPosition.get(a.goalId) ?? null) : null,
    })),
    period: { start: formatCalendarDate(c.periodStart), end: formatCalendarDate(c.periodEnd) },
  };
}
