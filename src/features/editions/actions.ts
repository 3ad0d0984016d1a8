"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in mutations.ts.

import { redirect } from "next/navigation";
import { submitAndRefresh, submitForm, type FormState } from "@/server/form";
import { centreSlugFromRequest } from "@/server/request";
import { cancelSession } from "@/features/schedules/session-mutations";
import { addEvent, addTeamMember, advanceStatus, changeCapacity, createEdition, planCycle, removeTeamMember, saveCycles, setTopics } from "./mutations";

/** A new edition opens on its settings, where its team and cycles follow. */
export async function createEditionAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(createEdition, formData);
  if (result?.ok) redirect(`/${await centreSlugFromRequest()}/staff/kis/${result.data.editionId}/settings?dodano=1`);
  return result;
}

export async function changeCapacityAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(changeCapacity, formData);
}

export async function advanceStatusAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(advanceStatus, formData);
}

export async function saveCyclesAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(saveCycles, formData);
}

export async function addTeamMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(addTeamMember, formData);
}

export async function removeTeamMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(removeTeamMember, formData);
}

export async function planCycleAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(planCycle, formData);
}

export async function setTopicsAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(setTopics, formData);
}

export async function addEventAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(addEvent, formData);
}

/** Cancelling a session of the edition is the schedule engine's own cancel. */
export async function cancelEditionSessionAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(cancelSession, formData);
}
