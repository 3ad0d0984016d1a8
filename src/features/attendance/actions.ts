"use server";
import { refresh } from "next/cache";
import { submitForm, type FormState } from "@/server/form";
import { saveRegister } from "./mutations";

export async function saveRegisterAction(_prev: FormState, formData: FormData) {
  const result = await submitForm(saveRegister, formData);
  if (result?.ok) refresh();
  return result;
}
