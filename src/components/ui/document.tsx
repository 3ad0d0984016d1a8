import type { ReactNode } from "react";

// Applied before the first paint (the first thing in <body>, before any content), so a resident who chose larger text or high contrast never sees
// the page flash in the default look. Kept in localStorage: the cached public pages stay the same
// for everyone.
const DISPLAY_SCRIPT = `try{var d=JSON.parse(localStorage.getItem("razem-display")||"{}");var c=document.documentElement.classList;if(d.large)c.add("text-large");if(d.contrast)c.add("contrast-high")}catch(e){}`;

/** The <html> of every page: its language, the skip link, the display preferences. */
export function Document({ lang, skipLabel, children }: { lang: string; skipLabel: string; children: ReactNode }) {
  return (
    <html lang={lang} suppressHydrationWarning>
      <body className="min-h-screen bg-white text-slate-900">
        <script dangerouslySetInnerHTML={{ __html: DISPLAY_SCRIPT }} />
        <a href="#main" className="sr-only bg-yellow-300 p-3 font-semibold text-slate-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
          {skipLabel}
        </a>
        {children}
      </body>
    </html>
  );
}
