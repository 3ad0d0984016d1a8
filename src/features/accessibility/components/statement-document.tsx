// The public deklaracja dostępności of a centre, in the structure of the law's template. The ids
// (a11y-*) are the ones the template prescribes, so monitoring tools can find each part. Fixed
// texts are in the page's language; the centre's own texts stay Polish and say so (lang="pl").
import { formatCalendarDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import type { Locale } from "@/features/i18n/locales";
import { fromDbDate } from "@/server/time";
import type { PublicStatement } from "../data";
import { statementMessages } from "../messages";
import { StatementContact } from "./statement-contact";
import { Section } from "./statement-section";

const link = "text-blue-800 underline";

function DateValue({ id, value, locale }: { id: string; value: Date; locale: Locale }) {
  return (
    <time id={id} dateTime={fromDbDate(value)}>
      {formatCalendarDate(value, locale)}
    </time>
  );
}

/** `siteUrl` is the address of the centre's public pages that the statement covers. */
export function StatementDocument({ page, locale, siteUrl }: { page: PublicStatement; locale: Locale; siteUrl: { href: string; text: string } }) {
  const t = statementMessages(locale);
  const { centre, statement: s, isDefault } = page;
  // The centre's own words are Polish; on the Ukrainian and English pages they say so.
  const own = locale === "pl" ? {} : { lang: "pl" };
  const status = t.status[s.status];
  return (
    <>
      <div className="mb-8">
        <p className="text-lg text-slate-700" {...own}>
          {centre.name}
        </p>
        <h1 id="a11y-deklaracja" className="text-3xl font-bold text-slate-900 sm:text-4xl">
          {t.title}
        </h1>
      </div>
      {isDefault ? <Notice tone="info">{t.defaultNotice}</Notice> : null}
      {t.ownTextsNote ? <p className="mb-4 text-slate-700">{t.ownTextsNote}</p> : null}
      <div className="max-w-3xl space-y-4">
        <p id="a11y-wstep">
          <span id="a11y-podmiot" {...own}>
            {centre.name}
          </span>
          {t.commitment} {t.scopeBefore}{" "}
          <a id="a11y-url" href={siteUrl.href} className={`${link} break-all`}>
            {siteUrl.text}
          </a>{" "}
          {t.scopeAfter}
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            {t.publishedOn} <DateValue id="a11y-data-publikacja" value={s.publishedOn} locale={locale} />
          </li>
          <li>
            {t.updatedOn} <DateValue id="a11y-data-aktualizacja" value={s.updatedOn} locale={locale} />
          </li>
        </ul>
      </div>

      <Section id="statement-compliance" title={t.complianceHeading}>
        <p id="a11y-status">
          {status.before}
          <strong>{status.word}</strong>
          {status.after}
        </p>
        {s.nonAccessibleContent ? (
          <>
            <h3 className="mb-2 mt-6 text-xl font-semibold">{t.nonAccessibleHeading}</h3>
            <ul className="list-disc space-y-1 pl-6" {...own}>
              {s.nonAccessibleContent
                .split("\n")
                .filter((line) => line.trim())
                .map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
            </ul>
          </>
        ) : null}
        <h3 className="mb-2 mt-6 text-xl font-semibold">{t.featuresHeading}</h3>
        <ul className="list-disc space-y-1 pl-6">
          {t.features.map((feature) => (
            <li key={feature}>{feature}</li>
          ))}
        </ul>
      </Section>

      <Section id="statement-preparation" title={t.preparationHeading}>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            {t.preparedOn} <DateValue id="a11y-data-sporzadzenie" value={s.preparedOn} locale={locale} />
          </li>
          <li>
            {t.method} <span {...own}>{s.assessmentMethod}</span>
          </li>
        </ul>
      </Section>

      <StatementContact page={page} locale={locale} />
    </>
  );
}
