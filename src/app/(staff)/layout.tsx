import "../globals.css";
import { Document } from "@/components/ui/document";

export { metadata, viewport } from "@/components/ui/site-metadata";

/** Staff pages are in Polish; each page draws its own frame (StaffShell). */
export default function StaffRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <Document lang="pl" skipLabel="Przejdź do treści">
      {children}
    </Document>
  );
}
