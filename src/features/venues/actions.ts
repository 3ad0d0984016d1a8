"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in mutations.ts.

import { redirect } from "next/navigation";
import { submitAndRefresh, submitForm, type FormState } from "@/server/form";
import { archiveVenue, createVenue, restoreVenue, updateVenue } from "./mutations";

/** A new venue opens on its own page, where it can be edited further. */
export async function createVenueAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(createVenue, formData);
  if (result?.ok) redirect(`${result.data.editPath}?dodano=1`);
  return result;
}

export async function updateVenueAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(updateVenue, formData);
}

export async function archiveVenueAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(archiveVenue, formData);
}

export async function restoreVenueAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(restoreVenue, formData);
}
