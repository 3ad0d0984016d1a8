import { jsonLdHtml } from "../json-ld";

/** Structured data in the page, escaped so its text cannot close the script (see jsonLdHtml). */
export function JsonLdScript({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdHtml(data) }} />;
}
