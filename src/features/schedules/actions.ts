"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in mutations.ts and session-mutations.ts.
import { refresh } from "next/cache";
import type { Action } from "@/server/action";
import { submitForm, type FormState } from "@/server/form";
import { archiveSchedule, createSchedule, updateSchedule } from "./mutations";
import { addSession, cancelSession, moveSession, restoreSession } from "./session-mutations";

/** Runs the action; on success the page shows the change at once. */
async function submitAndRefresh<R>(action: Action<R>, formData: FormData) {
  const result = await submitForm(action, formData);
  if (result?.ok) refresh();
  return result;
}

export async function createScheduleAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(createSchedule, formData);
}

export async function updateScheduleAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(updateSchedule, formData);
}

export async function archiveScheduleAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(archiveSchedule, formData);
}

export async function cancelSessionAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(cancelSession, formData);
}

export async function restoreSessionAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(restoreSession, formData);
}

export async function moveSessionAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(moveSession, formData);
}

export async function addSessionAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(addSession, formData);
}
