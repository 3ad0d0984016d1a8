"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the rules,
// authorisation and audit live in the mutations.

import { redirect } from "next/navigation";
import type { Action } from "@/server/action";
import { submitAndRefresh, submitForm, type FormState } from "@/server/form";
import { amendContract } from "./amendment-mutations";
import { completeContract, terminateContract } from "./close-mutations";
import { createContract, saveContractAssessment, saveContractDetails, saveContractGoals, saveContractParties } from "./draft-mutations";
import { evaluateContract } from "./evaluation-mutations";
import { signContract } from "./sign-mutations";

/** Runs the action; on success the contract's page opens, saying what happened (`zapisano`). */
async function submitAndOpen(action: Action<{ path: string }>, formData: FormData, done: string) {
  const result = await submitForm(action, formData);
  if (result?.ok) redirect(`${result.data.path}?zapisano=${done}`);
  return result;
}

export async function createContractAction(_prev: FormState, formData: FormData) {
  return submitAndOpen(createContract, formData, "szkic");
}

export async function saveDetailsAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(saveContractDetails, formData);
}

export async function savePartiesAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(saveContractParties, formData);
}

export async function saveAssessmentAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(saveContractAssessment, formData);
}

export async function saveGoalsAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(saveContractGoals, formData);
}

export async function signContractAction(_prev: FormState, formData: FormData) {
  return submitAndOpen(signContract, formData, "podpisano");
}

export async function evaluateContractAction(_prev: FormState, formData: FormData) {
  return submitAndOpen(evaluateContract, formData, "ocena");
}

export async function amendContractAction(_prev: FormState, formData: FormData) {
  return submitAndOpen(amendContract, formData, "aneks");
}

export async function completeContractAction(_prev: FormState, formData: FormData) {
  return submitAndOpen(completeContract, formData, "zakonczono");
}

export async function terminateContractAction(_prev: FormState, formData: FormData) {
  return submitAndOpen(terminateContract, formData, "rozwiazano");
}
