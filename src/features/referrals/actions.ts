"use server";
import { refresh } from "next/cache";
import { submitForm, type FormState } from "@/server/form";
import { referClient } from "./mutations";

export async function referClientAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(referClient, formData);
  if (result?.ok) refresh();
  return result;
}
