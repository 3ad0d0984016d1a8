"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in mutations.ts and own-mutations.ts.

import { redirect } from "next/navigation";
import { submitAndRefresh, submitForm, type FormState } from "@/server/form";
import { assignVolunteer, createTask, decideHours, decideSignup, removeAssignment } from "./mutations";
import { logHours, signUp, withdraw } from "./own-mutations";

/** A new task opens on its own page, where volunteers are assigned. */
export async function createTaskAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(createTask, formData);
  if (result?.ok) redirect(`${result.data.path}?dodano=1`);
  return result;
}

export async function assignVolunteerAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(assignVolunteer, formData);
}

export async function decideSignupAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(decideSignup, formData);
}

export async function decideHoursAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(decideHours, formData);
}

export async function signUpAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(signUp, formData);
}

export async function withdrawAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(withdraw, formData);
}

export async function logHoursAction(_prev: FormState, formData: FormData) {
  return submitForm(logHours, formData);
}

export async function removeAssignmentAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(removeAssignment, formData);
}
