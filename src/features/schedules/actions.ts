"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in mutations.ts and session-mutations.ts.

import { submitAndRefresh, type FormState } from "@/server/form";
import { archiveSchedule, createSchedule, updateSchedule } from "./mutations";
import { addSession, cancelSession, moveSession, restoreSession } from "./session-mutations";

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
