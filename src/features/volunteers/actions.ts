"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in the mutations.

import { redirect } from "next/navigation";
import type { Action } from "@/server/action";
import { submitAndRefresh, submitForm, type FormState } from "@/server/form";
import { addAgreement, archiveVolunteer, createVolunteer, linkAccount, renewAgreement, restoreVolunteer, unlinkAccount, updateVolunteer } from "./mutations";

/** After a save the person lands on the page that shows it. */
async function submitAndGo(action: Action<{ path: string }>, formData: FormData, suffix: string) {
  const result = await submitForm(action, formData);
  if (result?.ok) redirect(`${result.data.path}${suffix}`);
  return result;
}

export async function createVolunteerAction(_prev: FormState, formData: FormData) {
  return submitAndGo(createVolunteer, formData, "?zapisano=dodano");
}

export async function updateVolunteerAction(_prev: FormState, formData: FormData) {
  return submitAndGo(updateVolunteer, formData, "?zapisano=zmiany");
}

export async function archiveVolunteerAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(archiveVolunteer, formData);
}

export async function restoreVolunteerAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(restoreVolunteer, formData);
}

export async function addAgreementAction(_prev: FormState, formData: FormData) {
  return submitAndGo(addAgreement, formData, "?zapisano=porozumienie");
}

export async function renewAgreementAction(_prev: FormState, formData: FormData) {
  return submitAndGo(renewAgreement, formData, "?zapisano=przedluzono");
}

export async function linkAccountAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(linkAccount, formData);
}

export async function unlinkAccountAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(unlinkAccount, formData);
}
