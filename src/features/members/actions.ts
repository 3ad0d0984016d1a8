"use server";
// Thin server actions: the form bridge supplies the session and the centre from the URL; the logic,
// authorisation and audit live in mutations.ts.

import { submitAndRefresh, type FormState } from "@/server/form";
import { changeMemberRole, deactivateMember, inviteMember, reactivateMember, revokeInvitation } from "./mutations";

export async function inviteMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(inviteMember, formData);
}

export async function revokeInvitationAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(revokeInvitation, formData);
}

export async function changeMemberRoleAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(changeMemberRole, formData);
}

export async function deactivateMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(deactivateMember, formData);
}

export async function reactivateMemberAction(_prev: FormState, formData: FormData) {
  return submitAndRefresh(reactivateMember, formData);
}
