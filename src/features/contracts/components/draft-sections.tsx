// A draft on its page: each part of the contract with its own form (saved separately, each save
// moving the contract's version on), what is still missing, and signing.
import { fieldId } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ReactNode } from "react";
import { missingForSigning } from "../completeness";
import type { ContractDetails } from "../data";
import { savedDetails, savedGoals } from "../form-values";
import { periodOf, periodText } from "../period";
import { INSTITUTION_ROLE } from "../schema";
import { AssessmentForm } from "./assessment-form";
import { ContractDetailsForm, type WorkerOption } from "./details-form";
import { GoalsForm } from "./goals-form";
import { PartiesForm } from "./parties-form";
import { SignForm } from "./sign-form";

function Part({ id, title, children, intro }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-14">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {intro ? <p className="mt-2 max-w-3xl text-slate-700">{intro}</p> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}

export function DraftSections({
  contract: c,
  socialWorkers,
  reloadHref,
  today,
}: {
  contract: ContractDetails;
  socialWorkers: WorkerOption[];
  reloadHref: string;
  today: string;
}) {
  const ref = { contractId: c.id, version: c.version, reloadHref };
  const missing = missingForSigning({ ...c, goals: c.goals.length, actions: c.actions.length });
  const concludedOn = savedDetails(c).concludedOn;
  return (
    <>
      <Part id="part-details" title="1. Dane kontraktu">
        <ContractDetailsForm {...ref} initial={savedDetails(c)} socialWorkers={socialWorkers} />
      </Part>
      <Part id="part-parties" title="2. Strony kontraktu" intro="Klient i pracownik socjalny są stronami zawsze. Tu dopisz pozostałe.">
        <PartiesForm
          {...ref}
          variant={c.variant}
          saved={{
            family: c.parties.filter((p) => p.role !== INSTITUTION_ROLE).map((p) => ({ name: p.name, role: p.role })),
            institutions: c.parties.filter((p) => p.role === INSTITUTION_ROLE).map((p) => ({ name: p.name })),
          }}
        />
      </Part>
      <Part id="part-assessment" title="3. Ocena sytuacji">
        <AssessmentForm {...ref} saved={{ causes: c.causes ?? "", resources: c.resources ?? "", limitations: c.limitations ?? "" }} />
      </Part>
      <Part id="part-goals" title="4. Cele i działania">
        <GoalsForm {...ref} variant={c.variant} periodText={periodText(periodOf(c))} saved={savedGoals(c)} />
      </Part>
      <Part
        id="part-sign"
        title="5. Podpisanie"
        intro="Wydrukuj kontrakt (PDF u góry strony), podpiszcie go z klientem, a potem zapisz tutaj dzień podpisania."
      >
        {Object.keys(missing).length ? (
          <Notice tone="warning" title="Przed podpisaniem uzupełnij">
            <ul className="list-disc space-y-1 pl-6">
              {Object.entries(missing).map(([key, [message]]) => (
                <li key={key}>
                  <a href={`#${fieldId(key)}`} className="text-blue-800 underline">
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          </Notice>
        ) : (
          <Notice tone="success" title="Kontrakt ma wszystkie części potrzebne do podpisania." />
        )}
        <SignForm {...ref} initial={{ signedOn: concludedOn && concludedOn <= today ? concludedOn : today, nextEvaluationOn: "" }} />
      </Part>
    </>
  );
}
