"use client";
// Repeating parts of a contract form (goals, actions, parties): add a row, remove one, move one up or
// down. Fields are named by position ("goals.0.text"), so the order on screen is the order saved.
// After each change focus goes somewhere sensible and a live region says what happened.
import { useEffect, useRef, useState } from "react";

export type Row<T> = { id: string; values: T };

let made = 0;
/** A key for a row added on this page (saved rows keep their record's id). */
export const newRowId = () => `nowy-${Date.now().toString(36)}-${(made++).toString(36)}`;

export function useRowList<T>(initial: Row<T>[]) {
  const [rows, setRows] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  // Focused once, after the render that shows the change (typing must not pull focus back).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  const setFocusId = (id: string) => {
    pendingFocus.current = id;
  };
  return {
    rows,
    announcement,
    add(values: T, focus: string, said: string) {
      setRows((r) => [...r, { id: newRowId(), values }]);
      setFocusId(focus);
      setAnnouncement(said);
    },
    remove(id: string, focus: string, said: string) {
      setRows((r) => r.filter((x) => x.id !== id));
      setFocusId(focus);
      setAnnouncement(said);
    },
    move(id: string, by: -1 | 1, focus: string, said: string) {
      setRows((r) => {
        const i = r.findIndex((x) => x.id === id);
        const j = i + by;
        if (i < 0 || j < 0 || j >= r.length) return r;
        const next = [...r];
        [next[i], next[j]] = [next[j], next[i]];
        return next;
      });
      setFocusId(focus);
      setAnnouncement(said);
    },
    update(id: string, patch: Partial<T>) {
      setRows((r) => r.map((x) => (x.id === id ? { ...x, values: { ...x.values, ...patch } } : x)));
    },
  };
}

const small = "rounded border-2 border-slate-700 bg-white px-3 py-1 font-semibold text-slate-900 hover:bg-slate-100";

/** Move up, move down and remove, each saying which row it acts on to screen readers. */
export function RowButtons({
  rowId,
  index,
  count,
  name,
  onMove,
  onRemove,
}: {
  rowId: string;
  index: number;
  count: number;
  /** E.g. "cel szczegółowy 2", read after each button's word. */
  name: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="mb-6 flex flex-wrap gap-3">
      {index > 0 ? (
        <button id={`${rowId}-up`} type="button" className={small} onClick={() => onMove(-1)}>
          W górę<span className="sr-only">: {name}</span>
        </button>
      ) : null}
      {index < count - 1 ? (
        <button id={`${rowId}-down`} type="button" className={small} onClick={() => onMove(1)}>
          W dół<span className="sr-only">: {name}</span>
        </button>
      ) : null}
      <button type="button" className={small} onClick={onRemove}>
        Usuń<span className="sr-only">: {name}</span>
      </button>
    </div>
  );
}

export function AddRowButton({ id, onClick, children }: { id: string; onClick: () => void; children: string }) {
  return (
    <button id={id} type="button" onClick={onClick} className={`${small} mb-6`}>
      {children}
    </button>
  );
}

export function Announcer({ text }: { text: string }) {
  return (
    <p role="status" className="sr-only">
      {text}
    </p>
  );
}

/** After a move, the moved row's button pressed again, or its other one at the top or bottom. */
export function moveFocus(buttons: string, by: -1 | 1, newIndex: number, count: number): string {
  if (by < 0) return newIndex === 0 ? `${buttons}-down` : `${buttons}-up`;
  return newIndex === count - 1 ? `${buttons}-up` : `${buttons}-down`;
}

/** Saved rows, or one empty row to start with (so the form also works without JavaScript). */
export function startRows<T>(values: T[], empty: T, idOf?: (v: T, i: number) => string): Row<T>[] {
  return (values.length ? values : [empty]).map((v, i) => ({ id: (values.length && idOf?.(v, i)) || `r${i}`, values: v }));
}
