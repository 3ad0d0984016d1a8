// The contract forms' fields as the browser holds them (text), from the saved contract, or from what
// the person typed after a failed save. Pure, so the client components use it.
import { rowsOf } from "./rows";

const text = (v: unknown) => (typeof v === "string" ? v : "");
const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export type DetailsValues = {
  variant: string;
  concludedOn: string;
  place: string;
  periodStart: string;
  periodEnd: string;
  labourOfficeReferral: string;
  socialWorkerId: string;
  consequencesAcknowledged: boolean;
};

type SavedDetails = {
  variant: string;
  concludedOn: Date | null;
  place: string | null;
  periodStart: Date;
  periodEnd: Date;
  labourOfficeReferral: string | null;
  socialWorkerId: string;
  consequencesAcknowledged: boolean;
};

export function savedDetails(c: SavedDetails): DetailsValues {
  return {
    variant: c.variant,
    concludedOn: iso(c.concludedOn),
    place: c.place ?? "",
    periodStart: iso(c.periodStart),
    periodEnd: iso(c.periodEnd),
    labourOfficeReferral: c.labourOfficeReferral ?? "",
    socialWorkerId: c.socialWorkerId,
    consequencesAcknowledged: c.consequencesAcknowledged,
  };
}

export function newDetails(socialWorkerId: string): DetailsValues {
  return {
    variant: "",
    concludedOn: "",
    place: "",
    periodStart: "",
    periodEnd: "",
    labourOfficeReferral: "",
    socialWorkerId,
    consequencesAcknowledged: false,
  };
}

/** After a failed save: what was typed (an unticked box sends nothing). */
export function typedDetails(typed: Record<string, string>, fallback: DetailsValues): DetailsValues {
  const out = { ...fallback };
  for (const key of Object.keys(fallback) as (keyof DetailsValues)[]) {
    if (key !== "consequencesAcknowledged") out[key] = typed[key] ?? "";
  }
  return { ...out, consequencesAcknowledged: typed.consequencesAcknowledged === "on" };
}

export type PartyValues = { name: string; role: string };
export type PartiesValues = { family: PartyValues[]; institutions: { name: string }[] };

export function typedParties(typed: Record<string, string>): PartiesValues {
  return {
    family: rowsOf(typed, "family").map((r) => ({ name: text(r.name), role: text(r.role) })),
    institutions: rowsOf(typed, "institutions").map((r) => ({ name: text(r.name) })),
  };
}

export type GoalValues = { key: string; text: string };
export type ActionValues = { description: string; responsible: string; responsibleName: string; deadline: string; goal: string };
export type GoalsValues = { mainGoal: string; goals: GoalValues[]; actions: ActionValues[] };

type SavedGoals = {
  mainGoal: string | null;
  goals: { id: string; text: string }[];
  actions: { description: string; responsible: string; responsibleName: string | null; deadline: Date; goalId: string | null }[];
};

export function savedGoals(c: SavedGoals): GoalsValues {
  return {
    mainGoal: c.mainGoal ?? "",
    // A saved goal's id is its key, so the actions' choices point at it.
    goals: c.goals.map((g) => ({ key: g.id, text: g.text })),
    actions: c.actions.map((a) => ({
      description: a.description,
      responsible: a.responsible,
      responsibleName: a.responsibleName ?? "",
      deadline: iso(a.deadline),
      goal: a.goalId ?? "",
    })),
  };
}

export function typedGoals(typed: Record<string, string>): GoalsValues {
  return {
    mainGoal: typed.mainGoal ?? "",
    goals: rowsOf(typed, "goals").map((r) => ({ key: text(r.key), text: text(r.text) })),
    actions: rowsOf(typed, "actions").map((r) => ({
      description: text(r.description),
      responsible: text(r.responsible),
      responsibleName: text(r.responsibleName),
      deadline: text(r.deadline),
      goal: text(r.goal),
    })),
  };
}

export const emptyAction = (): ActionValues => ({ description: "", responsible: "", responsibleName: "", deadline: "", goal: "" });
