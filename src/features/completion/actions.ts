"use server";
import { refresh } from "next/cache";
import { submitForm, type FormState } from "@/server/form";
import { addOutcome, changePeriod, leaveEdition, removeOutcome } from "./mutations";

export async function changePeriodAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(changePeriod, formData);
  if (result?.ok) refresh();
  return result;
}

export async function leaveEditionAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(leaveEdition, formData);
  if (result?.ok) refresh();
  return result;
}

export async function addOutcomeAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(addOutcome, formData);
  if (result?.ok) refresh();
  return result;
}

export async function removeOutcomeAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(removeOutcome, formData);
  if (result?.ok) refresh();
  return result;
}
