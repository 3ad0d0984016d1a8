"use client";
// The dashboard's charts. They only draw what the table beside each one says, so they are hidden
// from screen readers (the table is the accessible version) and take no keyboard focus. Text and
// bars are dark enough for contrast on white.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";

const INK = "#1e293b";
const tick = { fill: INK, fontSize: 14 };

export type BarDatum = { label: string; value: number };
export type MonthDatum = { label: string; present: number; excused: number; absent: number };

function Frame({ children }: { children: React.ReactElement }) {
  return (
    <div aria-hidden="true" className="h-72 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height: 288 }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/** One bar per category, e.g. places taken and free, or outcomes by kind. */
export function CategoryChart({ data, colour = "#1d4ed8" }: { data: BarDatum[]; colour?: string }) {
  return (
    <Frame>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#cbd5e1" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={tick} stroke={INK} />
        <YAxis type="category" dataKey="label" width={170} tick={tick} stroke={INK} />
        <Bar dataKey="value" fill={colour} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

const SERIES = [
  { key: "present", name: "obecni", colour: "#15803d" },
  { key: "excused", name: "usprawiedliwieni", colour: "#b45309" },
  { key: "absent", name: "nieobecni", colour: "#b91c1c" },
] as const;

/** Marks of each month, stacked: present, excused, absent. */
export function AttendanceChart({ data }: { data: MonthDatum[] }) {
  return (
    <Frame>
      <BarChart data={data} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#cbd5e1" vertical={false} />
        <XAxis dataKey="label" tick={tick} stroke={INK} />
        <YAxis allowDecimals={false} tick={tick} stroke={INK} />
        <Legend formatter={(value) => <span style={{ color: INK }}>{value}</span>} />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="marks" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
    </Frame>
  );
}
