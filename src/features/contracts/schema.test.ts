import { describe, expect, it } from "vitest";
import { amendmentInput, evaluationInput, terminateInput } from "./lifecycle-schema";
import { contractDetailsInput, goalsInput, partiesInput } from "./schema";

const contractId = "01900000-0000-7000-8000-000000000000";
const actionId = "01900000-0000-7000-8000-000000000001";
const ref = { contractId, version: "3" };

describe("goals and actions", () => {
  it("drops blank rows but keeps each kept action's row number for later messages", () => {
    const parsed = goalsInput.parse({
      ...ref,
      mainGoal: " Praca ",
      "goals.0.key": "g0",
      "goals.0.text": "Kurs",
      "goals.1.key": "g1",
      "goals.1.text": "  ",
      "actions.0.description": "",
      "actions.0.responsible": "",
      "actions.0.deadline": "",
      "actions.1.description": "Zapis na kurs",
      "actions.1.responsible": "CLIENT",
      "actions.1.responsibleName": "ignorowane",
      "actions.1.deadline": "1.03.2026",
      "actions.1.goal": "g0",
    });
    expect(parsed).toMatchObject({ version: 3, mainGoal: "Praca", goals: [{ key: "g0", text: "Kurs" }], actionRows: [1] });
    expect(parsed.actions).toEqual([{ description: "Zapis na kurs", responsible: "CLIENT", responsibleName: null, deadline: "2026-03-01", goal: "g0" }]);
  });

  it("names every problem of an action at once, by the form's row number", () => {
    const result = goalsInput.safeParse({ ...ref, "actions.0.description": "", "actions.0.deadline": "31.02.2026", "actions.0.responsible": "FAMILY_MEMBER" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["actions.0.description", "actions.0.responsibleName", "actions.0.deadline"]);
  });
});

describe("details", () => {
  it("says the period ends before it starts even when the variant is missing too", () => {
    const result = contractDetailsInput.safeParse({ ...ref, variant: "", periodStart: "2026-05-02", periodEnd: "2026-05-01" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["variant", "periodEnd"]);
  });

  it("keeps the labour office's referral for variant B only", () => {
    const base = { ...ref, periodStart: "2026-05-01", periodEnd: "2026-05-01", labourOfficeReferral: "PUP" };
    expect(contractDetailsInput.parse({ ...base, variant: "A" }).labourOfficeReferral).toBeUndefined();
    expect(contractDetailsInput.parse({ ...base, variant: "B" }).labourOfficeReferral).toBe("PUP");
  });
});

describe("parties", () => {
  it("needs a family member's relation, and keeps institutions out of the family list", () => {
    const result = partiesInput.safeParse({ ...ref, "family.0.name": "Jan", "family.0.role": "", "family.1.name": "PUP", "family.1.role": "instytucja" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["family.0.role", "family.1.role"]);
  });
});

describe("lifecycle steps", () => {
  it("an action not done needs a reason", () => {
    const result = evaluationInput.safeParse({ ...ref, evaluatedOn: "2026-05-01", summary: "x", [`progress.${actionId}.status`]: "NOT_DONE" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([`progress.${actionId}.reason`]);
  });

  it("the next evaluation comes after this one", () => {
    const result = evaluationInput.safeParse({ ...ref, evaluatedOn: "2026-05-01", summary: "x", nextEvaluationOn: "2026-05-01" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["nextEvaluationOn"]);
  });

  it("an amendment's new action is optional, but checked when begun", () => {
    const base = { ...ref, amendedOn: "2026-05-01", description: "Zmiana", [`deadlines.${actionId}`]: "2026-06-01" };
    expect(amendmentInput.parse(base)).toMatchObject({ newAction: null, deadlines: { [actionId]: "2026-06-01" } });
    const result = amendmentInput.safeParse({ ...base, "newAction.description": "Kurs" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["newAction.responsible", "newAction.deadline"]);
  });

  it("termination for another reason needs it described", () => {
    expect(terminateInput.safeParse({ ...ref, closedOn: "2026-05-01", reason: "OTHER" }).error?.issues.map((i) => i.path.join("."))).toEqual(["note"]);
    expect(terminateInput.safeParse({ ...ref, closedOn: "2026-05-01", reason: "BREACHED" }).success).toBe(true);
  });
});
