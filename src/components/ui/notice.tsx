import type { ReactNode } from "react";

const tones = {
  success: "border-green-800 bg-green-50",
  info: "border-blue-800 bg-blue-50",
  warning: "border-amber-700 bg-amber-50",
};

/** A boxed message; `live` announces it to screen readers when it appears. */
export function Notice({ tone = "info", title, children, live = false }: { tone?: keyof typeof tones; title?: string; children?: ReactNode; live?: boolean }) {
  return (
    <div className={`mb-6 border-l-8 p-4 text-slate-900 ${tones[tone]}`} role={live ? "status" : undefined}>
      {title ? <p className="font-bold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
