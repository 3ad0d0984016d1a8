"use client";
// "Zgłoś zmianę / zadaj pytanie" at the bottom of an offer page, in the page's language. The server
// action reads the centre and offer from the page's address, so this form carries neither.
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Locale } from "@/features/i18n/locales";
import { sendResidentMessageAction } from "../actions";
import { contactMessages } from "../messages";
import { TRAP_FIELD } from "../schema";

export function ContactForm({ locale }: { locale: Locale }) {
  const t = contactMessages(locale);
  const [state, formAction] = useActionState(sendResidentMessageAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const labels = { message: t.message, contact: t.contact };
  // After sending, the form starts afresh; focus goes to the thank-you, which is what matters now.
  const sent = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) sent.current?.focus();
  }, [state]);
  return (
    <section aria-labelledby="contact-form-heading" className="mt-12 max-w-2xl border-t-4 border-slate-800 pt-6">
      <h2 id="contact-form-heading" className="mb-2 text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mb-6">{t.intro}</p>
      {state?.ok ? (
        <div ref={sent} tabIndex={-1} className="focus:outline-none">
          <Notice tone="success" title={t.sentTitle}>
            <p>{t.sentBody}</p>
          </Notice>
        </div>
      ) : null}
      <form action={formAction} noValidate>
        {state && !state.ok ? (
          <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} titles={{ fix: t.summaryFix, failed: t.summaryFailed }} />
        ) : null}
        <TextArea
          name="message"
          label={t.message}
          hint={t.messageHint}
          rows={6}
          defaultValue={state?.values?.message}
          errors={errors?.message}
          errorPrefix={t.errorPrefix}
        />
        <TextField
          name="contact"
          label={
            <>
              {t.contact} <span className="font-normal">{t.optional}</span>
            </>
          }
          hint={t.contactHint}
          defaultValue={state?.values?.contact}
          errors={errors?.contact}
          errorPrefix={t.errorPrefix}
        />
        {/* Out of sight, out of the tab order and hidden from screen readers: only bots fill it in. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="contact-trap">{t.trap}</label>
          <input id="contact-trap" name={TRAP_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <SubmitButton pendingText={t.sending}>{t.send}</SubmitButton>
      </form>
    </section>
  );
}
