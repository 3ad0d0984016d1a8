// The header row of a staff table: one column heading per name, scoped for screen readers.
export function TableHead({ columns, dense = false }: { columns: readonly string[]; dense?: boolean }) {
  return (
    <thead>
      <tr className="border-b-2 border-slate-800">
        {columns.map((h) => (
          <th key={h} scope="col" className={dense ? "py-2 pr-3" : "py-2 pr-4"}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
