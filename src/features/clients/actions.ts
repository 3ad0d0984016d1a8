"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in the mutations.

import { redirect } from "next/navigation";
import { submitAndRefresh, submitForm, type FormState } from "@/server/form";
import { withDuplicateLink, type ClientFormState } from "./duplicate-link";
import { addHouseholdMember, removeHouseholdMember, updateHouseholdMember } from "./household-mutations";
import { archiveClient, createClient, restoreClient, updateClient, updateConsents } from "./mutations";
import { updateSensitive } from "./sensitive";

/** A new client opens on their own record, where consents and the household follow. */
export async function createClientAction(_prev: ClientFormState, formData: FormData): Promise<ClientFormState> {
  const result = await submitForm(createClient, formData);
  if (result?.ok) redirect(`${result.data.path}?dodano=1`);
  return withDuplicateLink(result);
}

export async function updateClientAction(_prev: ClientFormState, formData: FormData): Promise<ClientFormState> {
  return withDuplicateLink(await submitAndRefresh(updateClient, formData));
}

export async function updateConsentsAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(updateConsents, formData);
}

export async function archiveClientAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(archiveClient, formData);
}

export async function restoreClientAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(restoreClient, formData);
}

export async function addHouseholdMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(addHouseholdMember, formData);
}

export async function updateHouseholdMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(updateHouseholdMember, formData);
}

export async function removeHouseholdMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(removeHouseholdMember, formData);
}

export async function updateSensitiveAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(updateSensitive, formData);
}
