import "../globals.css";
import { Document } from "@/components/ui/document";
import { PageMain, SiteHeader } from "@/components/ui/site-header";

export { metadata, viewport } from "@/components/ui/site-metadata";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <Document lang="pl" skipLabel="Przejdź do treści">
      <SiteHeader />
      <PageMain>{children}</PageMain>
    </Document>
  );
}
