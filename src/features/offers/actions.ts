"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in the mutations.

import { redirect } from "next/navigation";
import { submitAndRefresh, submitForm, type FormState } from "@/server/form";
import { removeIndicator, saveIndicator } from "./indicator-mutations";
import { archiveOffer, createOffer, restoreOffer, updateOffer } from "./mutations";
import { saveTranslation } from "./translation-mutations";

/** A new offer opens on its own page, where translations, indicators and schedules follow. */
export async function createOfferAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(createOffer, formData);
  if (result?.ok) redirect(`${result.data.editPath}?dodano=1`);
  return result;
}

export async function updateOfferAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(updateOffer, formData);
}

export async function archiveOfferAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(archiveOffer, formData);
}

export async function restoreOfferAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(restoreOffer, formData);
}

export async function saveTranslationAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(saveTranslation, formData);
}

export async function saveIndicatorAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(saveIndicator, formData);
}

export async function removeIndicatorAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(removeIndicator, formData);
}
