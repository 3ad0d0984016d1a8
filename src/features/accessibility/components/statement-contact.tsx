// The second half of the statement: whom to contact, the request and complaint procedure the law
// gives everyone, and the centre's buildings. Ids as the law's template prescribes (a11y-*).
import type { Locale } from "@/features/i18n/locales";
import type { PublicStatement } from "../data";
import { statementMessages } from "../messages";
import { Section } from "./statement-section";

const link = "text-blue-800 underline";

export function StatementContact({ page, locale }: { page: PublicStatement; locale: Locale }) {
  const t = statementMessages(locale);
  const { centre, statement: s } = page;
  const own = locale === "pl" ? {} : { lang: "pl" };
  const phone = s.contactPhone ?? centre.phone;
  return (
    <>
      <Section id="a11y-kontakt" title={t.feedbackHeading}>
        <p>{t.feedbackIntro}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            {t.contactPerson}{" "}
            <span id="a11y-osoba" {...own}>
              {s.contactName}
            </span>
          </li>
          {s.contactEmail ? (
            <li>
              {t.email}{" "}
              <a id="a11y-email" href={`mailto:${s.contactEmail}`} className={link}>
                {s.contactEmail}
              </a>
            </li>
          ) : null}
          {phone ? (
            <li>
              {t.phone}{" "}
              <a id="a11y-telefon" href={`tel:${phone.replace(/[^\d+]/g, "")}`} className={link}>
                {phone}
              </a>
            </li>
          ) : null}
        </ul>
        <p className="mt-2">{t.feedbackSameWay}</p>
      </Section>

      <Section id="statement-procedure" title={t.procedureHeading}>
        <div id="a11y-procedura" className="space-y-3">
          {t.procedure.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <p>
            {t.ombudsman}{" "}
            <a href="https://bip.brpo.gov.pl/" className={link}>
              bip.brpo.gov.pl
            </a>
            .
          </p>
        </div>
      </Section>

      <Section id="a11y-architektura" title={t.architectureHeading}>
        <p>
          {t.address}{" "}
          <span {...own}>
            {centre.street}, {centre.postalCode} {centre.city}
          </span>
        </p>
        {s.architecturalAccessibility ? (
          <div className="mt-2 whitespace-pre-line" {...own}>
            {s.architecturalAccessibility}
          </div>
        ) : (
          <p className="mt-2">{t.architectureUnknown}</p>
        )}
      </Section>

      <Section id="a11y-aplikacje" title={t.appsHeading}>
        <p>{t.apps}</p>
      </Section>
    </>
  );
}
