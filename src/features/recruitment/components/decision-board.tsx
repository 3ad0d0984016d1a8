"use client";
// The referrals waiting for a decision and the waitlist, as one form: each person's buttons say what
// to do with them; declining asks for a reason first. One result for the whole board, so it stays
// on screen (and takes the focus) after the person it was about has moved to another list.
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { decideReferralAction } from "../actions";

export type PersonView = {
  id: string;
  name: string;
  contact: string | null;
  referredBy: string | null;
  referredAt: string;
  note: string | null;
  proposedStart: string | null;
  contractEnd: string | null;
  waitlistedAt?: string | null;
  /** Whether "Przyjmij" is offered: the waitlist goes first, in its order. */
  mayAccept: boolean;
};

export function DecisionBoard({
  editionId,
  referred,
  waitlist,
  firstInLine,
  full,
}: {
  editionId: string;
  referred: PersonView[];
  waitlist: PersonView[];
  /** The first person on the waitlist who can be accepted today: nobody is accepted ahead of them. */
  firstInLine: string | null;
  full: boolean;
}) {
  const [state, formAction] = useActionState(decideReferralAction, null);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) done.current?.focus();
  }, [state]);
  const failedFor = state && !state.ok ? state.values?.decision?.split(":")[1] : undefined;
  const labels = Object.fromEntries([...referred, ...waitlist].map((p) => [`reason-${p.id}`, `Powód odmowy (${p.name})`]));
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="editionId" value={editionId} />
      <div ref={done} tabIndex={-1} role="status" className="focus:outline-none">
        {state?.ok ? <Notice tone="success" title={state.message ?? "Zapisano."} /> : null}
      </div>
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}

      <section aria-labelledby="referred-heading" className="mb-12">
        <h2 id="referred-heading" className="mb-2 text-2xl font-bold text-slate-900">
          Skierowania czekające na decyzję ({referred.length})
        </h2>
        {full ? (
          <p className="mb-4 text-slate-800">Wszystkie miejsca są zajęte: kolejne osoby możesz dopisać do listy rezerwowej.</p>
        ) : firstInLine ? (
          <p className="mb-4 text-slate-800">Lista rezerwowa ma pierwszeństwo: najpierw przyjmij osobę {firstInLine} (albo odmów jej przyjęcia).</p>
        ) : null}
        {referred.length === 0 ? (
          <p>Nie ma skierowań czekających na decyzję.</p>
        ) : (
          <ul className="space-y-6">
            {referred.map((p) => (
              <Person key={p.id} person={p} state={state} failed={failedFor === p.id}>
                {p.mayAccept ? (
                  <SubmitButton name="decision" value={`accept:${p.id}`} pendingText="Zapisywanie…" aria-label={`Przyjmij: ${p.name}`}>
                    Przyjmij
                  </SubmitButton>
                ) : null}
                <SubmitButton name="decision" value={`waitlist:${p.id}`} variant="secondary" aria-label={`Na listę rezerwową: ${p.name}`}>
                  Na listę rezerwową
                </SubmitButton>
              </Person>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="waitlist-heading" className="mb-12">
        <h2 id="waitlist-heading" className="mb-2 text-2xl font-bold text-slate-900">
          Lista rezerwowa ({waitlist.length})
        </h2>
        <p className="mb-4 text-slate-800">Gdy zwolni się miejsce, pierwsza osoba z listy (z obowiązującym kontraktem) zostaje przyjęta samoczynnie.</p>
        {waitlist.length === 0 ? (
          <p>Lista rezerwowa jest pusta.</p>
        ) : (
          <ol className="space-y-6">
            {waitlist.map((p, i) => (
              <Person key={p.id} person={p} state={state} failed={failedFor === p.id} position={i + 1}>
                {full || !p.mayAccept ? null : (
                  <SubmitButton name="decision" value={`accept:${p.id}`} aria-label={`Przyjmij: ${p.name}`}>
                    Przyjmij
                  </SubmitButton>
                )}
              </Person>
            ))}
          </ol>
        )}
      </section>
    </form>
  );
}

type State = Awaited<ReturnType<typeof decideReferralAction>>;

function Person({
  person: p,
  state,
  failed,
  position,
  children,
}: {
  person: PersonView;
  state: State;
  failed: boolean;
  position?: number;
  children: React.ReactNode;
}) {
  const reasonName = `reason-${p.id}`;
  const reasonErrors = failed && state && !state.ok ? state.fieldErrors?.[reasonName] : undefined;
  const otherError = failed && state && !state.ok && !reasonErrors ? state.message : undefined;
  return (
    <li className="border-2 border-slate-300 p-4">
      <h3 id={`person-${p.id}`} className="text-xl font-bold text-slate-900">
        {position ? `${position}. ` : ""}
        {p.name}
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <Row term="Kontakt">{p.contact ?? "—"}</Row>
        <Row term="Skierowanie">
          {p.referredAt}
          {p.referredBy ? `, ${p.referredBy}` : ""}
        </Row>
        {p.note ? <Row term="Uwagi">{p.note}</Row> : null}
        <Row term="Proponowany początek">{p.proposedStart ?? "—"}</Row>
        <Row term="Kontrakt socjalny do">{p.contractEnd ?? "—"}</Row>
        {p.waitlistedAt ? <Row term="Na liście od">{p.waitlistedAt}</Row> : null}
      </dl>
      {otherError ? <p className="mt-3 font-semibold text-red-800">{otherError}</p> : null}
      <div className="mt-4 flex flex-wrap items-start gap-3">{children}</div>
      <details className="mt-4" open={Boolean(reasonErrors) || undefined}>
        <summary className="cursor-pointer font-semibold text-blue-800 underline">Odmów przyjęcia: {p.name}</summary>
        <div className="mt-3">
          <TextArea
            name={reasonName}
            label="Powód odmowy"
            hint="Zobaczy go pracownik socjalny, który skierował tę osobę. Nie wpisuj danych o zdrowiu."
            rows={2}
            defaultValue={failed ? state?.values?.[reasonName] : undefined}
            errors={reasonErrors}
          />
          <SubmitButton name="decision" value={`decline:${p.id}`} variant="warning">
            Odmów przyjęcia
          </SubmitButton>
        </div>
      </details>
    </li>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-900">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
