import type { ReactNode } from "react";

export function PageHeader({ title, caption, children }: { title: string; caption?: string; children?: ReactNode }) {
  return (
    <div className="mb-8">
      {caption ? <p className="text-lg text-slate-700">{caption}</p> : null}
      <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">{title}</h1>
      {children ? <div className="mt-3 text-lg text-slate-800">{children}</div> : null}
    </div>
  );
}
