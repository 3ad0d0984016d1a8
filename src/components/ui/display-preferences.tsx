"use client";
// Larger text and high contrast, as Polish public sites commonly offer: two toggle buttons whose
// choice persists in this browser (see Document for how it is applied before the first paint).
import { useSyncExternalStore } from "react";

type Prefs = { large?: boolean; contrast?: boolean };
const KEY = "razem-display";
const CHANGED = "razem-display-changed";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function parse(raw: string): Prefs {
  try {
    return JSON.parse(raw) as Prefs;
  } catch {
    return {};
  }
}

export function DisplayPreferences({ label, largerText, highContrast }: { label: string; largerText: string; highContrast: string }) {
  const raw = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(KEY) ?? "{}",
    () => "{}",
  );
  const prefs = parse(raw);

  function toggle(name: keyof Prefs) {
    const next = { ...prefs, [name]: !prefs[name] };
    localStorage.setItem(KEY, JSON.stringify(next));
    document.documentElement.classList.toggle(name === "large" ? "text-large" : "contrast-high", Boolean(next[name]));
    window.dispatchEvent(new Event(CHANGED));
  }

  const button = "rounded border-2 border-white px-2 py-1 text-sm font-semibold text-white aria-pressed:bg-yellow-300 aria-pressed:text-slate-900";
  return (
    <div role="group" aria-label={label} className="flex gap-2">
      <button type="button" aria-pressed={Boolean(prefs.large)} onClick={() => toggle("large")} className={button}>
        {largerText}
      </button>
      <button type="button" aria-pressed={Boolean(prefs.contrast)} onClick={() => toggle("contrast")} className={button}>
        {highContrast}
      </button>
    </div>
  );
}
