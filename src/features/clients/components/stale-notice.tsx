// After a save refused because someone else saved first: the way out, next to the message. A full
// reload shows the current data; what the person typed stays in the form until then.
import { Notice } from "@/components/ui/notice";
import { STALE_VERSION_MESSAGE } from "../labels";

export function StaleNotice({ state, reloadHref }: { state: { ok: boolean; message?: string } | null; reloadHref?: string }) {
  if (!reloadHref || !state || state.ok || state.message !== STALE_VERSION_MESSAGE) return null;
  return (
    <Notice tone="warning" title="Te dane zmieniły się, odkąd otwarto stronę">
      <p>Skopiuj to, co chcesz zachować, a potem:</p>
      <p className="mt-2">
        {/* A plain link: the whole page loads again with the current data and version. */}
        <a href={reloadHref} className="font-semibold text-blue-800 underline">
          Odśwież stronę
        </a>
      </p>
    </Notice>
  );
}
