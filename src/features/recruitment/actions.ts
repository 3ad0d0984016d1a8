"use server";
import { refresh } from "next/cache";
import { submitForm, type FormState } from "@/server/form";
import { acceptReferral, declineReferral, waitlistReferral } from "./mutations";

export async function acceptReferralAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(acceptReferral, formData);
  if (result?.ok) refresh();
  return result;
}

export async function waitlistReferralAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(waitlistReferral, formData);
  if (result?.ok) refresh();
  return result;
}

export async function declineReferralAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(declineReferral, formData);
  if (result?.ok) refresh();
  return result;
}
