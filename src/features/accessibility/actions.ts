"use server";
// Thin server action: the form bridge supplies the session and the centre from the URL, and
// refreshes the centre's public pages after the save; the rules live in mutations.ts.
import { refresh } from "next/cache";
import { submitForm, type FormState } from "@/server/form";
import { saveAccessibilityStatement } from "./mutations";

export async function saveAccessibilityStatementAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(saveAccessibilityStatement, formData);
  if (result?.ok) refresh();
  return result;
}
